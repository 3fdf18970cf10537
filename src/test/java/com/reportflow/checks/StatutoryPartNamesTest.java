package com.reportflow.checks;

import static com.reportflow.checks.ReportChecksTest.drafted;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.checks.Finding.Kind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The statutory parts under the names real reports give them, in simplified and in traditional characters: a report
 * that has every part, under any of these names, hears of no missing part and of no part out of order.
 */
class StatutoryPartNamesTest {

    @ParameterizedTest(name = "{0} / {1} / {2} / {3}")
    @CsvSource({
        "主要举措和成效, 党政主要负责人履行推进法治建设第一责任人职责情况, 存在的不足和原因, 下一年度主要安排",
        "主要工作措施和成效, 主要负责人履行法治建设第一责任人职责情况, 存在问题, 下一阶段工作措施",
        "工作情况, 党组书记履行推进法治建设第一责任人职责情况, 主要存在问题, 下阶段工作",
        "工作开展情况, 主要负责人履职情况, 存在的不足和原因, 工作打算",
        "2024年法治政府建设工作开展情况, 党政主要负责人履行法治建设职责情况, 存在问题, 下一步工作",
        "主要举措和成效, 主要领导履行推进法治建设第一责任人职责情况, 主要存在问题, 明年工作思路",
        "主要舉措和成效, 黨政主要負責人履行推進法治建設第一責任人職責情況, 存在的不足和原因, 下一年度主要安排",
        "主要工作措施和成效, 主要負責人履行法治建設第一責任人職責情況, 存在問題, 下一階段工作措施",
        "工作開展情況, 主要負責人履職情況, 主要存在問題, 下一步工作打算",
        "工作情況, 黨組書記履行推進法治建設第一責任人職責情況, 存在問題, 下階段工作",
        "2024年法治政府建設工作開展情況, 黨政主要負責人履行法治建設職責情況, 存在的不足和原因, 明年工作思路",
        "主要舉措和成效, 主要領導履行推進法治建設第一責任人職責情況, 存在的不足和原因, 下一步工作計劃"
    })
    void a_report_with_every_part_under_a_common_name_misses_none_and_has_none_out_of_order(
            String measures, String responsible, String shortcomings, String nextYear) {
        List<CheckedSection> outline = List.of(
                drafted(1, 1, "一、", measures, "成效明显。"),
                drafted(2, 1, "二、", responsible, "带头学法。"),
                drafted(3, 1, "三、", shortcomings, "力量薄弱。"),
                drafted(4, 1, "四、", nextYear, "继续推进。"));

        assertThat(ReportChecks.run(outline))
                .extracting(Finding::kind)
                .doesNotContain(Kind.MISSING_PART, Kind.PART_OUT_OF_ORDER);
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource({"主要举措和成效, 存在问题, 下一阶段工作措施", "工作开展情况, 主要存在问题, 下阶段工作", "主要舉措和成效, 存在問題, 下一步工作打算", "工作開展情況, 主要存在問題, 下一階段工作措施"
    })
    void a_report_without_the_responsible_person_part_is_told_that_part_by_name(
            String measures, String shortcomings, String nextYear) {
        List<CheckedSection> outline = List.of(
                drafted(1, 1, "一、", measures, "成效明显。"),
                drafted(2, 1, "二、", shortcomings, "力量薄弱。"),
                drafted(3, 1, "三、", nextYear, "继续推进。"));

        assertThat(ReportChecks.run(outline))
                .filteredOn(f -> f.kind() == Kind.MISSING_PART || f.kind() == Kind.PART_OUT_OF_ORDER)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(Kind.MISSING_PART);
                    assertThat(f.args()).containsExactly(StatutoryPart.RESPONSIBLE_PERSON.nameKey());
                });
    }
}
