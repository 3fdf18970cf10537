package com.reportflow.checks;

import static com.reportflow.checks.ReportChecksTest.drafted;
import static com.reportflow.checks.ReportChecksTest.heading;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.checks.Finding.Kind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates a stranger's report gets wrong beyond separators and leading zeros: two-digit years, Chinese-numeral years,
 * days the calendar does not have, and dates after the report was formed. Each finding says what to write instead.
 */
class DateCasesTest {

    private static final LocalDate CLOSING = LocalDate.of(2025, 1, 20);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2025.3.15, 2025年3月15日",
        "2025-06-01, 2025年6月1日",
        "2025/3/15, 2025年3月15日",
        "2024年03月05日, 2024年3月5日",
        "25年7月, 2025年7月",
        "24年12月3日, 2024年12月3日",
        "二〇二五年3月, 2025年3月",
        "二〇二四年十二月, 2024年12月",
        "二○二四年三月二十一日, 2024年3月21日",
        "二零二四年9月30日, 2024年9月30日"
    })
    void a_date_written_the_wrong_way_is_found_with_the_official_way_to_write_it(String date, String instead) {
        String text = "区教委于" + date + "召开专题会议。";

        assertThat(DateFormats.find(text)).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(Kind.WRONG_DATE);
            assertThat(text.substring(hit.start(), hit.end())).isEqualTo(date);
            assertThat(hit.suggestion()).isEqualTo(instead);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025年2月30日", "2025年4月31日", "2023年2月29日", "2024年11月31日", "25年6月31日"})
    void a_day_the_calendar_does_not_have_is_found(String date) {
        String text = "于" + date + "印发实施方案。";

        assertThat(DateFormats.find(text)).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(Kind.IMPOSSIBLE_DATE);
            assertThat(text.substring(hit.start(), hit.end())).isEqualTo(date);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024年2月29日召开会议。",
                "2025年1月31日印发。",
                "建校25年来，7月举办校庆。",
                "历时25年7个月建成。",
                "经过3年7个月的努力。",
                "2024年3月21日，二是加强培训。",
                "一二三四五年级学生。"
            })
    void real_dates_and_spans_of_time_are_no_finding(String text) {
        assertThat(DateFormats.find(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2025年3月15日召开会议。, 2025年3月15日", "2025年2月启动专项行动。, 2025年2月", "2026年1月1日起施行。, 2026年1月1日"})
    void a_date_after_the_closing_date_in_the_account_of_the_year_is_found(String text, String date) {
        List<Finding> findings = ReportChecks.run(reportWith(text, "继续推进依法治校。"), CLOSING);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.DATE_AFTER_CLOSING);
            assertThat(f.args()).containsExactly(date, "2025年1月20日");
            assertThat(f.place()).isEqualTo("一、（一） 第1段");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024年12月30日召开会议。", "2025年1月20日召开会议。", "2025年1月印发方案。", "2024年全年办结。"})
    void a_date_up_to_the_closing_date_is_no_finding(String text) {
        assertThat(ReportChecks.run(reportWith(text, "继续推进。"), CLOSING)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025年6月底前完成清理。", "计划于2025年9月1日前全面铺开。"})
    void the_plans_for_next_year_may_name_later_dates(String plan) {
        assertThat(ReportChecks.run(reportWith("成效明显。", plan), CLOSING)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025年3月15日召开会议。", "2099年1月1日起施行。"})
    void without_a_closing_date_no_date_is_too_late(String text) {
        assertThat(ReportChecks.run(reportWith(text, "继续推进。"), null)).isEmpty();
    }

    private static List<CheckedSection> reportWith(String measuresText, String plansText) {
        return List.of(
                heading(1, 1, "一、", "主要举措和成效"),
                drafted(2, 2, "（一）", "依法全面履行政府职能", measuresText),
                drafted(3, 1, "二、", "党政主要负责人履行推进法治建设第一责任人职责情况", "带头学法。"),
                drafted(4, 1, "三、", "存在的不足和原因", "力量薄弱。"),
                heading(5, 1, "四、", "下一年度主要安排"),
                drafted(6, 2, "（一）", "深化依法治校", plansText));
    }
}
