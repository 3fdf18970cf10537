package com.reportflow.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BracketsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "认真学习《中国共产党章程》、“第一议题”和‘三重一大’（市、区）【重点】[bookmark: x]。",
                "（一)依法全面履行政府职能",
                "12个县(市、区)及市本级。",
                "“学宪法（讲宪法）”活动。"
            })
    void paired_brackets_and_quotes_are_fine(String text) {
        assertThat(Brackets.find(text)).isEmpty();
    }

    @Test
    void a_closing_bracket_without_its_opening_is_found() {
        String text = ")坚持依法治教、依法治校";

        assertThat(Brackets.find(text)).singleElement().satisfies(hit -> {
            assertThat(hit.start()).isZero();
            assertThat(hit.args()).containsExactly(")");
        });
    }

    @Test
    void an_opening_quote_never_closed_is_found() {
        String text = "开展“学宪法讲宪法活动。";

        assertThat(Brackets.find(text)).singleElement().satisfies(hit -> assertThat(hit.start())
                .isEqualTo(text.indexOf('“')));
    }

    @Test
    void a_stray_closing_quote_inside_brackets_is_found() {
        String text = "推出“3233”工作模式(3天内办结、严格落实群众工到位”)";

        assertThat(Brackets.find(text)).singleElement().satisfies(hit -> assertThat(hit.start())
                .isEqualTo(text.lastIndexOf('”')));
    }

    @Test
    void a_book_title_closed_inside_brackets_leaves_the_bracket_unmatched() {
        String text = "《法治护我成长（防性侵篇》";

        assertThat(Brackets.find(text)).singleElement().satisfies(hit -> assertThat(hit.args())
                .containsExactly("（"));
    }
}
