package com.reportflow.importing;

import static com.reportflow.importing.ImportChecks.assertEverySentenceKept;
import static com.reportflow.importing.ImportChecks.assertNothingInvented;
import static com.reportflow.importing.ImportChecks.lines;
import static com.reportflow.importing.ImportChecks.outline;
import static com.reportflow.importing.ImportChecks.sourceSentences;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reports written to break the reader: each test names the damage it survives. */
class ReportImporterTest {

    private final ReportImporter importer = new ReportImporter();

    @Test
    void a_report_in_traditional_characters_is_read_like_a_simplified_one() {
        String source = """
                某某縣教育局2024年法治政府建設情況報告
                返回頂部
                2024年，我局深入學習貫徹習近平法治思想。現將有關情況報告如下：
                一、主要舉措和成效
                （一）依法全面履行政府職能
                1.優化行政審批。推行“一窗綜辦”，提高辦事效率。
                2.推進政務公開。主動公開政府信息180條。
                二、存在的不足和原因
                執法隊伍力量薄弱。
                掃一掃在手機打開當前頁面
                某某縣教育局
                2025年3月1日
                """;

        ImportedReport report = importer.parse(source);

        assertThat(report.title()).isEqualTo("某某縣教育局2024年法治政府建設情況報告");
        assertThat(outline(report)).containsExactlyElementsOf(lines("""
                                1 一、|主要舉措和成效
                                2 （一）|依法全面履行政府職能
                                3 1.|優化行政審批
                                3 2.|推進政務公開
                                1 二、|存在的不足和原因
                                """));
        assertThat(report.closing()).containsExactly("某某縣教育局", "2025年3月1日");
        assertThat(report.dropped()).containsExactly("返回頂部", "掃一掃在手機打開當前頁面");
        assertFaithful(source, report);
    }

    @Test
    void a_missing_number_at_level_1_does_not_break_the_outline() {
        String source = """
                一、主要举措和成效
                （一）依法行政
                全面落实法律顾问制度。
                三、下一年度主要安排
                （一）强化学习
                组织专题学法4次。
                """;

        ImportedReport report = importer.parse(source);

        assertThat(outline(report)).containsExactlyElementsOf(lines("""
                                1 一、|主要举措和成效
                                2 （一）|依法行政
                                1 三、|下一年度主要安排
                                2 （一）|强化学习
                                """));
        assertFaithful(source, report);
    }

    @Test
    void half_deleted_numbers_are_headings_at_the_level_their_context_implies() {
        String source = """
                一、主要举措和成效
                （一）依法全面履行政府职能
                1.优化审批。推行一窗综办。
                ）健全依法行政制度体系
                1.规范文件管理。严格审核把关。
                （三推进行政决策科学化
                1.落实合法性审查。重大决策均经审查。
                四）坚持严格规范公正文明执法
                、存在的不足和原因
                .执法力量不足。执法人员偏少。
                """;

        ImportedReport report = importer.parse(source);

        assertThat(outline(report)).containsExactlyElementsOf(lines("""
                                1 一、|主要举措和成效
                                2 （一）|依法全面履行政府职能
                                3 1.|优化审批
                                2 ）|健全依法行政制度体系
                                3 1.|规范文件管理
                                2 （三|推进行政决策科学化
                                3 1.|落实合法性审查
                                2 四）|坚持严格规范公正文明执法
                                1 、|存在的不足和原因
                                2 .|执法力量不足
                                """));
        assertFaithful(source, report);
    }

    @Test
    void a_lone_bracket_among_numbered_items_stays_an_item() {
        String source = """
                一、主要举措和成效
                （一）依法行政
                1.规范执法
                （1）严格程序。全过程记录。
                ）公示制度。执法信息全部公示。
                （3）法制审核。重大决定均经审核。
                """;

        ImportedReport report = importer.parse(source);

        assertThat(outline(report)).containsExactlyElementsOf(lines("""
                                1 一、|主要举措和成效
                                2 （一）|依法行政
                                3 1.|规范执法
                                4 （1）|严格程序
                                4 ）|公示制度
                                4 （3）|法制审核
                                """));
    }

    @Test
    void mixed_bracket_widths_and_full_width_digits_are_numbers_all_the_same() {
        String source = """
                一、主要举措和成效
                （一)依法全面履行政府职能
                １．优化审批。推行一窗综办。
                ２．推进公开。主动公开信息。
                (二）健全制度体系
                1、规范文件管理。严格审核。
                （３）专项清理。清理文件12件。
                """;

        ImportedReport report = importer.parse(source);

        assertThat(outline(report)).containsExactlyElementsOf(lines("""
                                1 一、|主要举措和成效
                                2 （一)|依法全面履行政府职能
                                3 １．|优化审批
                                3 ２．|推进公开
                                2 (二）|健全制度体系
                                3 1、|规范文件管理
                                4 （３）|专项清理
                                """));
        assertFaithful(source, report);
    }

    @Test
    void odd_spacing_blank_lines_and_tabs_are_tolerated() {
        String source = "  某某区教育局2024年法治政府建设情况报告  \r\n\r\n\r\n"
                + "\u3000\u3000现将有关情况报告如下：\u3000\r\n"
                + "\t一 、 主要举措和成效\r\n\r\n"
                + "\u3000\u3000（ 一 ）\u3000依法行政\t\r\n"
                + "      1 . 规范执法。 全面推行行政执法三项制度。   \r\n"
                + "\r\n\r\n"
                + "二、存在的不足\r\n"
                + "\u3000\u3000执法力量不足。\r\n";

        ImportedReport report = importer.parse(source);

        assertThat(report.title()).isEqualTo("某某区教育局2024年法治政府建设情况报告");
        assertThat(report.preamble()).containsExactly("现将有关情况报告如下：");
        assertThat(outline(report)).containsExactlyElementsOf(lines("""
                                1 一 、|主要举措和成效
                                2 （ 一 ）|依法行政
                                3 1 .|规范执法
                                1 二、|存在的不足
                                """));
        ImportedHeading enforcement =
                report.outline().get(0).children().get(0).children().get(0);
        assertThat(enforcement.paragraphs()).containsExactly("全面推行行政执法三项制度。");
        assertThat(report.outline().get(1).paragraphs()).containsExactly("执法力量不足。");
    }

    @Test
    void bookmark_markers_are_dropped_inline_and_on_their_own_lines() {
        String source = """
                一、主要举措和成效
                [bookmark: _Toc123]
                [bookmark: _Toc124]（一）依法行政
                1.规范执法。全面推行[bookmark: _GoBack]行政执法三项制度。
                返回顶部
                二、存在的不足
                执法力量不足。
                """;

        ImportedReport report = importer.parse(source);

        assertThat(outline(report)).containsExactlyElementsOf(lines("""
                                1 一、|主要举措和成效
                                2 （一）|依法行政
                                3 1.|规范执法
                                1 二、|存在的不足
                                """));
        assertThat(report.outline().get(0).children().get(0).children().get(0).paragraphs())
                .containsExactly("全面推行行政执法三项制度。");
        assertThat(report.dropped())
                .containsExactly("[bookmark: _Toc123]", "[bookmark: _Toc124]", "[bookmark: _GoBack]", "返回顶部");
        assertFaithful(source, report);
    }

    @Test
    void debris_inside_a_wrapped_paragraph_does_not_split_it() {
        String source = """
                一、主要举措和成效
                将习近平法治思想纳入党组理论学习中心组
                返回顶部
                学习内容，全年组织学习4次。
                """;

        ImportedReport report = importer.parse(source);

        assertThat(report.outline().get(0).paragraphs()).containsExactly("将习近平法治思想纳入党组理论学习中心组学习内容，全年组织学习4次。");
    }

    @Test
    void a_report_without_level_2_headings_nests_its_items_one_level_below() {
        String source = """
                一、主要举措和成效
                1.规范执法。全面推行行政执法三项制度。
                2.推进公开。主动公开政府信息。
                二、存在的不足
                1.执法力量不足。执法人员偏少。
                """;

        ImportedReport report = importer.parse(source);

        assertThat(outline(report)).containsExactlyElementsOf(lines("""
                                1 一、|主要举措和成效
                                2 1.|规范执法
                                2 2.|推进公开
                                1 二、|存在的不足
                                2 1.|执法力量不足
                                """));
        assertFaithful(source, report);
    }

    @Test
    void level_4_items_nest_under_level_3() {
        String source = """
                一、主要举措和成效
                （一）依法行政
                1.规范执法
                （1）严格程序。全过程记录。
                (2)公示制度。执法信息全部公示。
                2.推进公开
                （1）主动公开。公开信息180条。
                """;

        ImportedReport report = importer.parse(source);

        assertThat(outline(report)).containsExactlyElementsOf(lines("""
                                1 一、|主要举措和成效
                                2 （一）|依法行政
                                3 1.|规范执法
                                4 （1）|严格程序
                                4 (2)|公示制度
                                3 2.|推进公开
                                4 （1）|主动公开
                                """));
        assertFaithful(source, report);
    }

    @Test
    void yi_shi_er_shi_inside_paragraphs_stay_text() {
        String source = """
                二、存在的不足
                一是法治意识有待提高。二是执法体系有待完善。
                一是学法形式单一，二是宣传效果不佳。
                三、下一年度主要安排
                """;

        ImportedReport report = importer.parse(source);

        assertThat(outline(report)).containsExactly("1 二、|存在的不足", "1 三、|下一年度主要安排");
        assertThat(report.outline().get(0).paragraphs())
                .containsExactly("一是法治意识有待提高。二是执法体系有待完善。", "一是学法形式单一，二是宣传效果不佳。");
    }

    @Test
    void lines_starting_with_a_year_a_decimal_or_a_count_are_not_headings() {
        String source = """
                一、主要举措和成效
                2024年，我局全面推进依法行政。
                1.5亿元专项资金全部用于学校安全改造。
                3、4月份集中开展普法宣传。
                (3天内办结)的承诺全部兑现。
                一、二年级全部开设法治课。
                """;

        ImportedReport report = importer.parse(source);

        assertThat(outline(report)).containsExactly("1 一、|主要举措和成效");
        assertThat(report.outline().get(0).paragraphs()).hasSize(5);
    }

    @Test
    void the_issuer_and_a_date_line_at_the_end_are_the_closing() {
        String source = """
                某某区教育局2023年法治政府建设情况报告
                一、主要举措和成效
                全面推进依法行政。
                特此报告。
                某某区教育局
                2024年3月21日
                """;

        ImportedReport report = importer.parse(source);

        assertThat(report.closing()).containsExactly("特此报告。", "某某区教育局", "2024年3月21日");
        assertThat(report.outline().get(0).paragraphs()).containsExactly("全面推进依法行政。");
        assertFaithful(source, report);
    }

    @Test
    void a_date_alone_at_the_end_is_the_closing_but_a_short_last_paragraph_is_not() {
        ImportedReport dated = importer.parse("一、主要举措和成效\n全面推进依法行政。\n2024年3月21日\n");
        ImportedReport undated = importer.parse("一、主要举措和成效\n全面推进依法行政。\n全年无行政诉讼案件\n");

        assertThat(dated.closing()).containsExactly("2024年3月21日");
        assertThat(undated.closing()).isEmpty();
        assertThat(undated.outline().get(0).paragraphs()).containsExactly("全面推进依法行政。", "全年无行政诉讼案件");
    }

    @Test
    void a_run_in_heading_is_cut_at_its_first_full_stop_and_a_long_first_sentence_without_a_comma_is_the_heading() {
        String source = """
                一、主要举措和成效
                1.加强组织领导。成立法治建设领导小组。
                2.强化理论学习区教委通过理论学习中心组、工委会、干部职工会不断学习党的二十大报告和习近平法治思想。
                """;

        ImportedReport report = importer.parse(source);

        ImportedHeading lead = report.outline().get(0).children().get(0);
        ImportedHeading study = report.outline().get(0).children().get(1);
        assertThat(lead.heading()).isEqualTo("加强组织领导");
        assertThat(lead.paragraphs()).containsExactly("成立法治建设领导小组。");
        assertThat(study.heading()).isEqualTo("强化理论学习区教委通过理论学习中心组、工委会、干部职工会不断学习党的二十大报告和习近平法治思想");
        assertThat(study.number()).isEqualTo("2.");
        assertThat(study.paragraphs()).isEmpty();
    }

    @Test
    void a_heading_whose_number_was_lost_is_restored_from_the_numbers_around_it() {
        String source = """
                一、主要举措和成效
                （一）依法行政
                全面推进依法行政。

                健全依法行政制度体系
                全面清理规范性文件。
                （三）严格规范执法
                1.规范程序。全过程记录。

                强化监督
                1.接受监督。公布举报电话。
                二、存在的不足
                执法力量不足。
                """;

        ImportedReport report = importer.parse(source);

        assertThat(outline(report)).containsExactlyElementsOf(lines("""
                                1 一、|主要举措和成效
                                2 （一）|依法行政
                                2 |健全依法行政制度体系
                                2 （三）|严格规范执法
                                3 1.|规范程序
                                2 |强化监督
                                3 1.|接受监督
                                1 二、|存在的不足
                                """));
        assertFaithful(source, report);
    }

    @Test
    void a_short_line_where_the_numbering_runs_on_is_text() {
        String source = """
                一、主要举措和成效
                主要做法如下
                （一）依法行政
                全面推进依法行政。
                二、存在的不足
                执法力量不足。
                """;

        ImportedReport report = importer.parse(source);

        assertThat(outline(report)).containsExactly("1 一、|主要举措和成效", "2 （一）|依法行政", "1 二、|存在的不足");
        assertThat(report.outline().get(0).paragraphs()).containsExactly("主要做法如下");
    }

    @Test
    void a_report_without_a_title_starts_with_its_body() {
        ImportedReport report = importer.parse("一、主要举措和成效\n全面推进依法行政。\n");

        assertThat(report.title()).isEmpty();
        assertThat(report.preamble()).isEmpty();
        assertThat(outline(report)).containsExactly("1 一、|主要举措和成效");
    }

    @Test
    void empty_text_is_an_empty_report() {
        ImportedReport report = importer.parse("");

        assertThat(report.title()).isEmpty();
        assertThat(report.outline()).isEmpty();
        assertThat(report.sentences()).isEmpty();
        assertThat(report.headingCount()).isZero();
    }

    @Test
    void sentences_list_title_preamble_headings_body_and_closing_in_reading_order() {
        String source = """
                某某区教育局2024年法治政府建设情况报告
                现将有关情况报告如下：
                一、主要举措和成效
                （一）依法行政。全面推进依法行政；规范执法程序。
                “谁执法谁普法”落到实处。”
                某某区教育局
                2025年1月21日
                """;

        ImportedReport report = importer.parse(source);

        assertThat(report.sentences())
                .containsExactly(
                        "某某区教育局2024年法治政府建设情况报告",
                        "现将有关情况报告如下：",
                        "主要举措和成效",
                        "依法行政",
                        "全面推进依法行政；",
                        "规范执法程序。",
                        "“谁执法谁普法”落到实处。”",
                        "某某区教育局",
                        "2025年1月21日");
        assertThat(report.headingCount()).isEqualTo(2);
    }

    /** Every sentence kept in order, nothing invented, no debris left. */
    private static void assertFaithful(String source, ImportedReport report) {
        assertThat(assertEverySentenceKept(source, report, Set.of()))
                .isEqualTo(sourceSentences(source).size());
        assertNothingInvented(source, report);
        ImportChecks.assertNoDebrisKept(report);
    }
}
