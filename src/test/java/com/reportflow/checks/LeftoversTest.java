package com.reportflow.checks;

import static com.reportflow.checks.ReportChecksTest.drafted;
import static com.reportflow.checks.ReportChecksTest.heading;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.checks.Finding.Kind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Leftovers in section text: a placeholder standing for the section, a paragraph that is only a number, a label
 * pasted from last year's reference text, a bullet symbol, a date separated by •. Each is found where it is.
 */
class LeftoversTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "无|PLACEHOLDER",
                "暂无。|PLACEHOLDER",
                "略|PLACEHOLDER",
                "待补充|PLACEHOLDER",
                "（此处填写本科室2024年主要做法）|PLACEHOLDER",
                "暫無|PLACEHOLDER",
                "待補充。|PLACEHOLDER",
                "此處填寫|PLACEHOLDER",
                "2.|NUMBER_ONLY_PARAGRAPH",
                "（3）|NUMBER_ONLY_PARAGRAPH",
                "四、|NUMBER_ONLY_PARAGRAPH",
                "【依法全面履行政府职能】|REFERENCE_LABEL",
                "【2023年报告原文】全面推行权责清单制度。|REFERENCE_LABEL",
                "• 全面推行权责清单制度。|STRAY_SYMBOL",
                "●开展法治宣传进校园活动12场。|STRAY_SYMBOL"
            })
    void a_leftover_in_a_section_is_found_in_its_paragraph(String paragraph, Kind kind) {
        List<Finding> findings = ReportChecks.run(reportWith("制度完善。\n" + paragraph));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(kind);
            assertThat(f.place()).isEqualTo("一、（一） 第2段");
            assertThat(f.excerpt()).isEqualTo(paragraph);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "无证办学问题得到整治。",
                "略有提升的满意度达到99%。",
                "暂无法落实的事项已报上级。",
                "2.5亿元资金全部到位。",
                "对照【重点任务清单】逐项落实。",
                "全年开展“送法进校园”活动12场。"
            })
    void sentences_that_begin_like_a_leftover_are_no_finding(String paragraph) {
        assertThat(ReportChecks.run(reportWith(paragraph))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2024•3•15, 2024年3月15日", "2024·11·4, 2024年11月4日"})
    void a_date_separated_by_a_bullet_is_found_with_the_official_way_to_write_it(String date, String instead) {
        List<Finding> findings = ReportChecks.run(reportWith("于" + date + "召开专题会议。"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.WRONG_DATE);
            assertThat(f.suggestion()).isEqualTo(instead);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"无", "无。", "暂无", "本年度无其他需要报告的情况。"})
    void nothing_to_report_under_part_five_is_no_placeholder(String body) {
        List<CheckedSection> outline = new java.util.ArrayList<>(reportWith("制度完善。"));
        outline.add(drafted(9, 1, "五、", "其他需要报告的情况", body));

        assertThat(ReportChecks.run(outline)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "全面總結(zǒng jié)本年度工作。|總結(zǒng jié)|全面總結本年度工作。",
                "健全行政执法系统(tǒng)建设。|统(tǒng)|健全行政执法系统建设。",
                "实现(xiàn)办事不出校门。|现(xiàn)|实现办事不出校门。"
            })
    void a_converters_pinyin_reading_in_section_text_is_found_with_the_text_without_it(
            String paragraph, String excerpt, String instead) {
        List<Finding> findings = ReportChecks.run(reportWith(paragraph));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.PINYIN_DEBRIS);
            assertThat(f.place()).isEqualTo("一、（一） 第1段");
            assertThat(f.excerpt()).contains(excerpt.substring(excerpt.indexOf('(')));
            assertThat(f.suggestion()).isEqualTo(instead);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"全面推进依法治校??工作取得实效。", "完善制度\uFFFD\uFFFD建设。", "ÖÐÎÄ制度完善。"})
    void a_run_decoded_in_the_wrong_encoding_is_found_and_the_sentence_kept(String paragraph) {
        List<Finding> findings = ReportChecks.run(reportWith(paragraph));

        assertThat(findings).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Kind.MOJIBAKE);
            assertThat(f.place()).isEqualTo("一、（一） 第1段");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"依据《条例》(试行)开展工作。", "通过ISO 9001(2015)认证。", "您满意吗？欢迎留言。"})
    void real_brackets_and_question_marks_are_no_debris(String paragraph) {
        assertThat(ReportChecks.run(reportWith(paragraph)))
                .noneMatch(f -> f.kind() == Kind.PINYIN_DEBRIS || f.kind() == Kind.MOJIBAKE);
    }

    private static List<CheckedSection> reportWith(String body) {
        return List.of(
                heading(1, 1, "一、", "主要举措和成效"),
                drafted(2, 2, "（一）", "依法全面履行政府职能", body),
                drafted(3, 1, "二、", "党政主要负责人履行推进法治建设第一责任人职责情况", "带头学法。"),
                drafted(4, 1, "三、", "存在的不足和原因", "力量薄弱。"),
                drafted(5, 1, "四、", "下一年度主要安排", "继续推进。"));
    }
}
