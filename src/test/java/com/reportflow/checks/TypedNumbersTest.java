package com.reportflow.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedNumbersTest {

    @ParameterizedTest
    @CsvSource({
        "一、主要举措和成效, 一、",
        "十二、其他, 十二、",
        "（一）依法全面履行政府职能, （一）",
        "(二)完善制度, (二)",
        "（三)半角收尾, （三)",
        "1.优化行政审批流程, 1.",
        "2、精心打造平台, 2、",
        "（1）加强学习, （1）",
        "3)强化宣传, 3)",
        ")坚持依法治教, )",
        "）有效化解社会矛盾纠纷, ）",
        "二）半删的编号, 二）"
    })
    void typed_heading_numbers_are_found(String text, String number) {
        assertThat(TypedNumbers.at(text)).contains(number);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "一是应进必进。二是提速增效。",
                "2024年，我局继续深入贯彻落实。",
                "1.5亿元资金全部到位。",
                "12·4宪法晨读活动。",
                "（一般性文件）由办公室审核。",
                "第一，强化组织领导。",
                "十分重视法治建设。",
                "2024.3.21召开会议。"
            })
    void text_that_only_looks_like_a_number_is_not_one(String text) {
        assertThat(TypedNumbers.at(text)).isEmpty();
    }
}
