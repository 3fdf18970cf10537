package com.reportflow.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HalfWidthPunctuationTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"2024年,在市委领导下", "报告如下:", "学宪法.讲宪法", "是否满意?", "意义重大!", "推进依法行政;规范执法", "12个县(市、区)", "“一规划两方案”,扎实推进"
            })
    void half_width_marks_next_to_chinese_are_found(String text) {
        assertThat(HalfWidthPunctuation.find(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "投入1.5亿元，满意度99.42%。",
                "共1,280人参加，10:30开会。",
                "1.加强组织领导。",
                "详见http://www.wanzhou.gov.cn/jw/index.html，或发邮件至jw@wanzhou.gov.cn。",
                "全文见www.gov.cn。",
                "利用LED屏、e.g. and so on: the Rule of Law (ROL) 宣传。",
                "全部使用全角标点，如（一）和“宪法”。"
            })
    void numbers_addresses_ascii_words_and_full_width_marks_are_fine(String text) {
        assertThat(HalfWidthPunctuation.find(text)).isEmpty();
    }

    @Test
    void one_hit_per_paragraph_points_at_the_first_mark_and_counts_them_all() {
        String text = "2024年,在市委(市政府)领导下:";

        Hit hit = HalfWidthPunctuation.find(text).orElseThrow();

        assertThat(hit.start()).isEqualTo(text.indexOf(','));
        assertThat(hit.args()).containsExactly(4);
    }
}
