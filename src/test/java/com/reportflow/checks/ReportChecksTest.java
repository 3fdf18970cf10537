package com.reportflow.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.reportflow.checks.Finding.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportChecksTest {

    private static final String MEASURES_HEADING = "主要举措和成效";

    @Test
    void a_complete_clean_report_has_no_findings() {
        assertThat(ReportChecks.run(completeReport())).isEmpty();
    }

    @Test
    void a_missing_part_is_named_for_the_report_as_a_whole() {
        List<CheckedSection> outline = new ArrayList<>(completeReport());
        outline.removeIf(s -> s.heading().contains("第一责任人"));

        assertThat(ReportChecks.run(outline)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.MISSING_PART);
            assertThat(f.messageKey()).isEqualTo("checks.missing-part");
            assertThat(f.args()).containsExactly("checks.part.RESPONSIBLE_PERSON");
            assertThat(f.sectionId()).isNull();
            assertThat(f.place()).isEmpty();
            assertThat(f.paragraph()).isZero();
        });
    }

    @Test
    void part_five_may_be_absent_but_is_recognised_when_present() {
        List<CheckedSection> outline = new ArrayList<>(completeReport());
        outline.add(drafted(9, 1, "五、", "其他需要报告的情况", "无。"));

        assertThat(ReportChecks.run(outline)).isEmpty();
    }

    @Test
    void parts_out_of_order_are_found_at_the_later_heading() {
        List<CheckedSection> outline = List.of(
                drafted(1, 1, "一、", MEASURES_HEADING, "成效明显。"),
                drafted(2, 1, "二、", "存在的不足和原因", "力量薄弱。"),
                drafted(3, 1, "三、", "党政主要负责人履行推进法治建设第一责任人职责情况", "带头学法。"),
                drafted(4, 1, "四、", "下一年度主要安排", "继续推进。"));

        assertThat(ReportChecks.run(outline)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.PART_OUT_OF_ORDER);
            assertThat(f.sectionId()).isEqualTo(3L);
            assertThat(f.place()).isEqualTo("三、");
            assertThat(f.args()).containsExactly("checks.part.RESPONSIBLE_PERSON", "checks.part.SHORTCOMINGS");
        });
    }

    @Test
    void a_part_whose_drafted_sections_are_all_empty_is_found() {
        List<CheckedSection> outline = new ArrayList<>(completeReport());
        outline.set(5, drafted(6, 2, "（一）", "普法宣传效果有待提升", "  \n\u3000"));

        assertThat(ReportChecks.run(outline))
                .extracting(Finding::kind, Finding::sectionId, Finding::place)
                .containsExactly(tuple(Kind.EMPTY_PART, 5L, "三、"), tuple(Kind.EMPTY_SECTION, 6L, "三、（一）"));
    }

    @Test
    void a_part_with_text_in_one_of_its_sections_is_not_empty() {
        List<CheckedSection> outline = List.of(
                heading(1, 1, "一、", MEASURES_HEADING),
                drafted(2, 2, "（一）", "依法全面履行政府职能", ""),
                drafted(3, 2, "（二）", "健全依法行政制度体系", "制度完善。"));

        assertThat(ReportChecks.run(outline)).extracting(Finding::kind).doesNotContain(Kind.EMPTY_PART);
    }

    @Test
    void a_drafted_section_without_text_is_found_and_a_heading_only_section_is_not() {
        List<CheckedSection> outline = new ArrayList<>(completeReport());
        outline.set(2, drafted(3, 2, "（二）", "健全依法行政制度体系", null));

        assertThat(ReportChecks.run(outline)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.EMPTY_SECTION);
            assertThat(f.sectionId()).isEqualTo(3L);
            assertThat(f.place()).isEqualTo("一、（二）");
            assertThat(f.excerpt()).isEqualTo("（二）健全依法行政制度体系");
        });
    }

    @Test
    void the_four_kinds_of_web_debris_are_found_and_nothing_else_is_said_about_them() {
        List<CheckedSection> outline = new ArrayList<>(completeReport());
        outline.set(
                2,
                drafted(3, 2, "（二）", "健全依法行政制度体系", "制度完善。\n[bookmark: hmcheck_0061cbce]\n返回顶部\n扫一扫在手机打开当前页面\n文件下载:"));

        assertThat(ReportChecks.run(outline))
                .extracting(Finding::kind, Finding::paragraph, Finding::excerpt)
                .containsExactly(
                        tuple(Kind.WEB_DEBRIS, 2, "[bookmark: hmcheck_0061cbce]"),
                        tuple(Kind.WEB_DEBRIS, 3, "返回顶部"),
                        tuple(Kind.WEB_DEBRIS, 4, "扫一扫在手机打开当前页面"),
                        tuple(Kind.WEB_DEBRIS, 5, "文件下载:"));
    }

    @Test
    void a_sentence_that_mentions_a_download_is_no_debris() {
        List<CheckedSection> outline = new ArrayList<>(completeReport());
        outline.set(2, drafted(3, 2, "（二）", "健全依法行政制度体系", "提供文件下载服务，返回顶部导航栏已改版。"));

        assertThat(ReportChecks.run(outline)).isEmpty();
    }

    @Test
    void a_typed_number_in_a_heading_is_found_with_the_heading_as_place() {
        List<CheckedSection> outline = new ArrayList<>(completeReport());
        outline.set(2, drafted(3, 2, "（二）", "（二）完善制度", "制度完善。"));

        assertThat(ReportChecks.run(outline)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.TYPED_NUMBER_IN_HEADING);
            assertThat(f.place()).isEqualTo("一、（二）");
            assertThat(f.paragraph()).isZero();
            assertThat(f.args()).containsExactly("（二）");
        });
    }

    @Test
    void findings_in_a_body_name_the_heading_path_and_paragraph_in_document_order() {
        List<CheckedSection> outline = new ArrayList<>(completeReport());
        outline.add(3, drafted(31, 3, "1.", "落实法律顾问制度", "聘请律师2名。\n聘请律师2名。\n1.加强学习,2024.3.21召开会议。"));

        List<Finding> findings = ReportChecks.run(outline);

        assertThat(findings)
                .extracting(Finding::kind)
                .containsExactly(Kind.TYPED_NUMBER_IN_BODY, Kind.HALF_WIDTH_PUNCTUATION, Kind.WRONG_DATE);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.place()).isEqualTo("一、（二）1. 第3段");
            assertThat(f.paragraph()).isEqualTo(3);
            assertThat(f.sectionId()).isEqualTo(31L);
            assertThat(f.messageKey()).isEqualTo(f.kind().messageKey());
        });
        assertThat(findings.get(2).excerpt()).isEqualTo("1.加强学习,2024.3.21召开会议。");
    }

    @Test
    void excerpts_stay_within_forty_characters_and_keep_surrogate_pairs_whole() {
        String longParagraph = "𠮷".repeat(30) + "2024.3.21" + "𠮷".repeat(30);
        List<CheckedSection> outline = new ArrayList<>(completeReport());
        outline.set(2, drafted(3, 2, "（二）", "健全依法行政制度体系", longParagraph));

        Finding finding = ReportChecks.run(outline).getFirst();

        assertThat(finding.excerpt().codePointCount(0, finding.excerpt().length()))
                .isEqualTo(Excerpt.MAX_LENGTH);
        assertThat(finding.excerpt()).startsWith("𠮷").endsWith("𠮷").contains("2024.3.21");
        assertThat(finding.excerpt()).startsWith("𠮷".repeat(12) + "2024");
    }

    /** 一、 with two drafted sub-sections, then 二、 三、 四、 drafted directly. */
    static List<CheckedSection> completeReport() {
        return List.of(
                heading(1, 1, "一、", MEASURES_HEADING),
                drafted(2, 2, "（一）", "依法全面履行政府职能", "推行“一窗综办”，2024年3月21日起实行承诺制。"),
                drafted(3, 2, "（二）", "健全依法行政制度体系", "修订规范性文件18份，投入1.5亿元，满意度99.42%。"),
                drafted(4, 1, "二、", "党政主要负责人履行推进法治建设第一责任人职责情况", "一是带头学法。二是带头守法。"),
                heading(5, 1, "三、", "存在的不足和原因"),
                drafted(6, 2, "（一）", "普法宣传效果有待提升", "宣传方式较为单一。"),
                drafted(7, 1, "四、", "下一年度主要安排", "继续推进依法治校。"));
    }

    static CheckedSection drafted(long id, int depth, String number, String heading, String body) {
        return new CheckedSection(id, depth, number, heading, true, body);
    }

    static CheckedSection heading(long id, int depth, String number, String heading) {
        return new CheckedSection(id, depth, number, heading, false, null);
    }
}
