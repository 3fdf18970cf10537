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

    private static void assertFaithful(String source, ImportedReport report) {
        assertThat(assertEverySentenceKept(source, report, Set.of()))
                .isEqualTo(sourceSentences(source).size());
        assertNothingInvented(source, report);
    }
}
