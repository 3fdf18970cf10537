package com.reportflow.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateFormatsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024年3日",
                "2025121",
                "20250121",
                "2024.3.21",
                "2024-03-21",
                "2024/3/21",
                "2024年03月05日",
                "2024年3月05日",
                "2024年13月",
                "2024年2月32日",
                "20243月",
                "2024．3．21"
            })
    void dates_written_wrongly_are_found(String date) {
        String text = "区教委于" + date + "召开专题会议。";

        assertThat(DateFormats.find(text)).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(Finding.Kind.WRONG_DATE);
            assertThat(text.substring(hit.start(), hit.end())).isEqualTo(date);
            assertThat(hit.args()).containsExactly(date);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024年3月21日召开会议。",
                "2024年，在市委的正确领导下。",
                "2024年3月，开通督导服务热线。",
                "入学申报就读人数26907人。",
                "满意度达99.42%，非常满意率达97.49%。",
                "投入资金1.5亿元。",
                "全区170078名中小学生参加。",
                "举报电话023-58123456，手机13812345678。",
                "根据〔2024〕12号文件要求。",
                "执行《2021—2025年规划》和2021-2025年计划。",
                "12345热线即办40余件。",
                "索引号1150010100863020XE/2025-00006。",
                "共投入20240321元。",
                "12·4宪法晨读活动。"
            })
    void years_amounts_phone_and_document_numbers_are_no_dates(String text) {
        assertThat(DateFormats.find(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"20251399", "2024999"})
    void digit_runs_that_read_as_no_month_and_day_are_left_alone(String digits) {
        assertThat(DateFormats.find("编号" + digits)).isEmpty();
    }

    @Test
    void every_wrong_date_in_a_paragraph_is_found_once() {
        List<Hit> hits = DateFormats.find("2024.3.21印发，2024年03月05日施行。");

        assertThat(hits).extracting(hit -> hit.args().getFirst()).containsExactly("2024.3.21", "2024年03月05日");
    }

    @Test
    void a_date_two_rules_find_is_reported_once() {
        assertThat(DateFormats.find("2021/11/23月"))
                .extracting(Hit::start, Hit::end)
                .containsExactly(tuple(0, 10));
    }
}
