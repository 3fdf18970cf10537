package com.reportflow.importing;

import static com.reportflow.importing.ImportChecks.assertEverySentenceKept;
import static com.reportflow.importing.ImportChecks.assertNothingInvented;
import static com.reportflow.importing.ImportChecks.lines;
import static com.reportflow.importing.ImportChecks.outline;
import static com.reportflow.importing.ImportChecks.sourceSentences;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 11: reports unlike the three samples, each written here in their style with the damage it names. */
class UnseenReportsTest {

    private final ReportImporter importer = new ReportImporter();

    @Test
    void items_under_one_sub_section_are_all_headings_when_one_of_them_is_followed_by_its_own_text() {
        String source = """
                一、主要举措和成效
                （一）依法全面履行政府职能
                1、优化审批服务。推行“一网通办”，压缩办理时限三成。
                2、2024年共受理行政许可申请312件，全部按期办结，群众满意率达99%以上，未发生一起行政复议案件。
                3、推进政务公开
                主动公开政府信息146条，依申请公开答复率100%。
                二、存在的不足和原因
                执法人员力量不足。
                """;

        ImportedReport report = importer.parse(source);

        assertThat(outline(report)).containsExactlyElementsOf(lines("""
                                1 一、|主要举措和成效
                                2 （一）|依法全面履行政府职能
                                3 1、|优化审批服务
                                3 2、|2024年共受理行政许可申请312件
                                3 3、|推进政务公开
                                1 二、|存在的不足和原因
                                """));
        assertThat(report.items()).containsExactly(new NumberedItems("依法全面履行政府职能", "1、", 3, true));
        assertFaithful(source, report);
    }

    @Test
    void items_that_are_each_one_sentence_with_nothing_under_them_all_stay_body_text() {
        String source = """
                一、主要举措和成效
                （一）强化学法用法
                全年组织专题学法四次，具体如下：
                1.党组理论学习中心组专题学习习近平法治思想2次；
                2.组织全体干部旁听庭审1次；
                3.开展新任职领导干部任前法律知识考试。
                （二）规范行政执法
                1.严格执法程序。全面落实行政执法三项制度。
                2.加强执法培训。组织执法人员培训2期。
                """;

        ImportedReport report = importer.parse(source);

        assertThat(outline(report)).containsExactlyElementsOf(lines("""
                                1 一、|主要举措和成效
                                2 （一）|强化学法用法
                                2 （二）|规范行政执法
                                3 1.|严格执法程序
                                3 2.|加强执法培训
                                """));
        assertThat(report.outline().getFirst().children().getFirst().paragraphs())
                .containsExactly(
                        "全年组织专题学法四次，具体如下：", "1.党组理论学习中心组专题学习习近平法治思想2次；", "2.组织全体干部旁听庭审1次；", "3.开展新任职领导干部任前法律知识考试。");
        assertThat(report.items())
                .containsExactly(
                        new NumberedItems("强化学法用法", "1.", 3, false), new NumberedItems("规范行政执法", "1.", 2, true));
        assertFaithful(source, report);
    }

    @Test
    void sub_items_are_read_alike_too_and_a_decimal_after_an_item_stays_text() {
        String source = """
                一、主要举措和成效
                （一）规范行政执法
                1.完善执法制度。修订执法工作规程，明确以下事项：
                （1）执法人员持证上岗，亮证执法；
                （2）执法文书统一格式。
                2.加强执法监督。全年开展案卷评查2次。
                2.5万元罚没款全部上缴国库。
                """;

        ImportedReport report = importer.parse(source);

        assertThat(outline(report)).containsExactlyElementsOf(lines("""
                                1 一、|主要举措和成效
                                2 （一）|规范行政执法
                                3 1.|完善执法制度
                                3 2.|加强执法监督
                                """));
        ImportedHeading rules =
                report.outline().getFirst().children().getFirst().children().getFirst();
        assertThat(rules.paragraphs()).containsExactly("修订执法工作规程，明确以下事项：", "（1）执法人员持证上岗，亮证执法；", "（2）执法文书统一格式。");
        assertThat(report.outline()
                        .getFirst()
                        .children()
                        .getFirst()
                        .children()
                        .get(1)
                        .paragraphs())
                .containsExactly("全年开展案卷评查2次。", "2.5万元罚没款全部上缴国库。");
        assertThat(report.items())
                .containsExactly(
                        new NumberedItems("规范行政执法", "1.", 2, true), new NumberedItems("完善执法制度", "（1）", 2, false));
        assertFaithful(source, report);
    }

    @Test
    void a_heading_run_into_a_long_sentence_is_its_first_clause_without_an_ellipsis_and_the_body_does_not_repeat_it() {
        String source = """
                一、主要举措和成效
                （一）坚持以习近平法治思想为引领全面推进依法行政，局党组把法治建设纳入年度重点工作统筹谋划，与业务工作同部署同检查。
                1.健全依法决策机制完善重大行政决策程序规定并在全局推行，重大事项一律经合法性审查和集体讨论。
                2.聘请常年法律顾问。全年出具法律意见书28份。
                """;

        ImportedReport report = importer.parse(source);

        ImportedHeading first = report.outline().getFirst().children().getFirst();
        assertThat(first.heading()).isEqualTo("坚持以习近平法治思想为引领全面推进依法行政").doesNotEndWith("…");
        assertThat(first.paragraphs()).containsExactly("局党组把法治建设纳入年度重点工作统筹谋划，与业务工作同部署同检查。");
        ImportedHeading decisions = first.children().getFirst();
        assertThat(decisions.heading()).isEqualTo("健全依法决策机制完善重大行政决策程序规定并在全局推行");
        assertThat(decisions.paragraphs())
                .containsExactly("重大事项一律经合法性审查和集体讨论。")
                .noneMatch(p -> p.contains(decisions.heading()));
        assertThat(ReportImport.headingOf(decisions)).isEqualTo(decisions.heading());
        assertFaithful(source, report);
    }

    @Test
    void a_report_in_traditional_characters_with_debris_is_read_alike_and_converts_to_simplified() {
        String source = """
                某某區教育局2024年度法治政府建設工作總結(jié)報告
                [bookmark: _Toc1]
                2024年，我局在區委、區政府的堅強領導下，紮實推進法治政府建設。現將有關情況報告如下：
                一、主要舉措和成效
                （一）健全依法決策機制
                1、嚴格執行重大行政決策程序。全年經合法性審查的規範性文件12件。
                2、發揮法律顧問作用。法律顧問列席黨組會議8次。
                返回頂部
                二、黨政主要負責人履行推進法治建設第一責任人職責情況
                局主要負責人帶頭學法，主持召開專題會議4次。
                三、存在的不足和原因
                執法隊伍專業化水平不高。
                四、下一年度主要安排
                加強執法人員培訓。
                掃一掃在手機打開當前頁面
                某某區教育局
                2025年2月20日
                """;

        ImportedReport report = importer.parse(source);

        assertThat(report.title()).isEqualTo("某某區教育局2024年度法治政府建設工作總結報告");
        assertThat(report.preamble()).singleElement().asString().endsWith("現將有關情況報告如下：");
        assertThat(outline(report)).containsExactlyElementsOf(lines("""
                                1 一、|主要舉措和成效
                                2 （一）|健全依法決策機制
                                3 1、|嚴格執行重大行政決策程序
                                3 2、|發揮法律顧問作用
                                1 二、|黨政主要負責人履行推進法治建設第一責任人職責情況
                                1 三、|存在的不足和原因
                                1 四、|下一年度主要安排
                                """));
        assertThat(report.dropped()).containsExactly("(jié)", "[bookmark: _Toc1]", "返回頂部", "掃一掃在手機打開當前頁面");
        assertThat(report.closing()).containsExactly("某某區教育局", "2025年2月20日");
        assertThat(TraditionalCharacters.dominate(report)).isTrue();

        ImportedReport simplified = TraditionalCharacters.toSimplified(report);

        assertThat(simplified.title()).isEqualTo("某某区教育局2024年度法治政府建设工作总结报告");
        assertThat(outline(simplified)).containsExactlyElementsOf(lines("""
                                1 一、|主要举措和成效
                                2 （一）|健全依法决策机制
                                3 1、|严格执行重大行政决策程序
                                3 2、|发挥法律顾问作用
                                1 二、|党政主要负责人履行推进法治建设第一责任人职责情况
                                1 三、|存在的不足和原因
                                1 四、|下一年度主要安排
                                """));
        assertThat(simplified.outline().get(1).paragraphs()).containsExactly("局主要负责人带头学法，主持召开专题会议4次。");
        assertThat(simplified.preamble()).singleElement().asString().startsWith("2024年，我局在区委、区政府的坚强领导下");
        assertThat(simplified.closing()).containsExactly("某某区教育局", "2025年2月20日");
        assertThat(simplified.dropped()).as("the debris is listed as it was").isEqualTo(report.dropped());
        assertThat(simplified.sentences()).hasSameSizeAs(report.sentences());
        assertThat(TraditionalCharacters.dominate(simplified)).isFalse();
        // The converter's reading is checked among the dropped lines above.
        assertFaithful(PinyinDebris.strip(source), report);
    }

    @Test
    void a_simplified_report_with_a_few_characters_icu_would_change_is_not_taken_for_traditional() {
        ImportedReport report = importer.parse("""
                某县教育局2024年法治政府建设情况报告
                一、主要举措和成效
                （一）著力推进依法行政
                乾坤朗朗，全年著力办理行政复议案件2件，均依法审结。
                """);

        assertThat(TraditionalCharacters.dominate(report)).isFalse();
    }

    @Test
    void the_opening_paragraph_before_the_first_heading_is_kept_and_goes_with_the_first_section() {
        String source = """
                某县教育局关于2024年法治政府建设情况的报告
                县委、县政府：
                2024年，我局坚持以习近平法治思想为指导，全面推进依法治教
                各项工作取得新进展。现将有关情况报告如下：
                一、主要举措和成效
                （一）依法全面履行政府职能
                全年办理行政许可事项46件。
                二、存在的不足和原因
                法治宣传形式较为单一。
                """;

        ImportedReport report = importer.parse(source);

        assertThat(report.preamble()).containsExactly("县委、县政府：", "2024年，我局坚持以习近平法治思想为指导，全面推进依法治教各项工作取得新进展。现将有关情况报告如下：");
        var sections = ReportImport.outline(report, 2);
        assertThat(sections.getFirst().children().getFirst().reference())
                .startsWith("县委、县政府：\n2024年，我局坚持以习近平法治思想为指导")
                .endsWith("全年办理行政许可事项46件。");

        ImportedReport edited = OutlineEdits.withOpening(report, "2024年，我局全面推进依法治教。\n\n现将有关情况报告如下：");

        assertThat(edited.preamble()).containsExactly("2024年，我局全面推进依法治教。", "现将有关情况报告如下：");
        assertThat(outline(edited)).isEqualTo(outline(report));
        assertFaithful(source, report);
    }

    @Test
    void the_coordinator_turns_a_body_item_into_a_heading_and_back_and_changes_its_level_and_words() {
        ImportedReport report = importer.parse("""
                一、主要举措和成效
                （一）强化学法用法
                1.党组理论学习中心组专题学习习近平法治思想2次；
                2.组织全体干部旁听庭审1次。
                二、存在的不足和原因
                执法力量不足。
                """);
        ImportedHeading study = report.outline().getFirst().children().getFirst();
        assertThat(study.paragraphs()).hasSize(2);

        ImportedReport item = OutlineEdits.turnIntoHeading(report, study, 0);

        assertThat(outline(item)).containsExactlyElementsOf(lines("""
                                1 一、|主要举措和成效
                                2 （一）|强化学法用法
                                3 1.|党组理论学习中心组专题学习习近平法治思想2次
                                1 二、|存在的不足和原因
                                """));
        ImportedHeading made =
                item.outline().getFirst().children().getFirst().children().getFirst();
        assertThat(made.paragraphs()).containsExactly("2.组织全体干部旁听庭审1次。");
        assertThat(OutlineEdits.levels(item, made)).containsExactly(1, 2, 3);

        ImportedReport raised = OutlineEdits.changeLevel(item, made, 2);
        assertThat(outline(raised)).contains("2 1.|党组理论学习中心组专题学习习近平法治思想2次");

        ImportedHeading renamed = OutlineEdits.rename(
                        raised, raised.outline().getFirst().children().get(1), "坚持学法")
                .outline()
                .getFirst()
                .children()
                .get(1);
        assertThat(renamed.heading()).isEqualTo("坚持学法");

        ImportedReport back = OutlineEdits.turnIntoBody(item, made);
        assertThat(outline(back)).isEqualTo(outline(report));
        assertThat(back.outline().getFirst().children().getFirst().paragraphs())
                .containsExactly("1.党组理论学习中心组专题学习习近平法治思想2次", "2.组织全体干部旁听庭审1次。");
    }

    @Test
    void lowering_a_heading_takes_its_sub_headings_along_and_no_level_skips_one() {
        ImportedReport report = importer.parse("""
                一、主要举措和成效
                （一）依法行政
                1.规范执法。落实三项制度。
                （二）依法决策
                全年审查决策事项5件。
                """);
        ImportedHeading second = report.outline().getFirst().children().get(1);

        assertThat(OutlineEdits.levels(report, second)).containsExactly(1, 2, 3, 4);
        ImportedReport lowered = OutlineEdits.changeLevel(
                report, report.outline().getFirst().children().getFirst(), 1);

        assertThat(outline(lowered)).containsExactlyElementsOf(lines("""
                                1 一、|主要举措和成效
                                1 （一）|依法行政
                                2 1.|规范执法
                                2 （二）|依法决策
                                """));
    }

    private static void assertFaithful(String source, ImportedReport report) {
        assertThat(assertEverySentenceKept(source, report, Set.of()))
                .isEqualTo(sourceSentences(source).size());
        assertNothingInvented(source, report);
    }
}
