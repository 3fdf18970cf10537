package com.reportflow.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** Reports to export, and the check that the default PDF fonts are installed. */
final class ExportFixtures {

    static final Instant GENERATED_AT = Instant.parse("2026-01-21T02:30:00Z");

    /** In a body paragraph: a CJK Extension B character and an emoji, which none of the default fonts has. */
    static final String RARE = "𠮷";

    static final String EMOJI = "😀";
    /** Hangul: absent from the Ming and Kai faces, present in WenQuanYi Zen Hei, so drawn from a fallback face. */
    static final String HANGUL = "한";

    private ExportFixtures() {}

    /** Every outline level, a grouping heading, revisions, rare characters, issuer and closing date. */
    static ExportedReport report() {
        return new ExportedReport(
                "重庆市万州区教育委员会关于2025年法治政府建设情况的报告",
                "重庆市万州区教育委员会",
                LocalDate.of(2026, 1, 21),
                "审议稿",
                List.of(
                        new ExportedHeading(1, "一、", "主要举措和成效", List.of(), null),
                        new ExportedHeading(
                                2,
                                "（一）",
                                "依法全面履行政府职能",
                                List.of(
                                        "推行“一窗综办”，明确办事流程、办理时限、资料准备、责任科室、联系电话等事项，优化服务流程，"
                                                + "提高办事效率。2025年以来办结民办学校事项共61件。",
                                        "在“入学一件事”平台上，家长" + RARE + "女士留言" + EMOJI + "，朝鲜族学生家长用" + HANGUL + "文填报。"),
                                3),
                        new ExportedHeading(
                                3, "1.", "优化行政审批流程", List.of("全面落实“一网、一门、一次”改革要求，区教委涉及政务服务事项33项，已全部入驻区政务服务中心。"), 1),
                        new ExportedHeading(4, "（1）", "编制办事指南", List.of("明确办理材料清单，公开办事流程图，做到咨询一次说清、材料一次收清、内容一次审清。"), 2),
                        new ExportedHeading(1, "二、", "存在的不足和原因", List.of("执法人员的法治素养有待进一步提高。"), 1)),
                GENERATED_AT);
    }

    /** A report long enough for several pages: {@code sections} level-2 sections of three long paragraphs. */
    static ExportedReport longReport(int sections) {
        List<ExportedHeading> headings = Stream.concat(
                        Stream.of(new ExportedHeading(1, "一、", "主要举措和成效", List.of(), null)),
                        java.util.stream.IntStream.rangeClosed(1, sections)
                                .mapToObj(i -> new ExportedHeading(
                                        2,
                                        com.reportflow.report.HeadingNumbers.of(2, i),
                                        "推进依法行政第" + i + "项工作",
                                        List.of(
                                                "第" + i + "项第一段：聘任法治理论基础强、业务水平精湛的优秀人员担任法治副校长，"
                                                        + "实现全区中小学法治副校长全覆盖，开展法治教育讲座和主题班会活动。",
                                                "第" + i + "项第二段：严格规范文件的起草、审核、发布、备案、监督等工作，"
                                                        + "确保文件符合行政规范性要求，向司法局建议修订规范性文件18份。",
                                                "第" + i + "项第三段。"),
                                        i)))
                .toList();
        return new ExportedReport("关于法治政府建设情况的报告", "某区教育委员会", LocalDate.of(2026, 3, 5), "", headings, GENERATED_AT);
    }

    static void assumeDefaultFontsInstalled() {
        ExportFonts fonts = ExportFonts.defaults();
        for (ExportFonts.FontFile file : List.of(fonts.serif(), fonts.kai(), fonts.hei())) {
            assumeTrue(
                    Files.isRegularFile(file.path()),
                    "PDF fonts absent (" + file.path() + "): apt-get install -y fonts-arphic-uming"
                            + " fonts-arphic-ukai fonts-wqy-zenhei");
        }
    }
}
