package com.reportflow.checks;

import static com.reportflow.checks.StatutoryPart.MEASURES;
import static com.reportflow.checks.StatutoryPart.NEXT_YEAR;
import static com.reportflow.checks.StatutoryPart.OTHER;
import static com.reportflow.checks.StatutoryPart.RESPONSIBLE_PERSON;
import static com.reportflow.checks.StatutoryPart.SHORTCOMINGS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatutoryPartTest {

    @ParameterizedTest
    @CsvSource({
        "主要举措和成效, MEASURES",
        "主要做法及成效, MEASURES",
        "本年度推进法治政府建设的主要举措和成效, MEASURES",
        "2024年法治政府建设工作情况, MEASURES",
        "党政主要负责人履行推进法治建设第一责任人职责情况, RESPONSIBLE_PERSON",
        "主要负责人履职情况, RESPONSIBLE_PERSON",
        "存在的不足和原因, SHORTCOMINGS",
        "存在问题及原因分析, SHORTCOMINGS",
        "存在的不足原因, SHORTCOMINGS",
        "下一年度主要安排, NEXT_YEAR",
        "下一步工作计划, NEXT_YEAR",
        "2024年推进法治政府建设的主要安排, NEXT_YEAR",
        "2025年工作打算, NEXT_YEAR",
        "下一步主要举措, NEXT_YEAR",
        "其他需要报告的情况, OTHER"
    })
    void a_part_is_recognised_by_meaning_not_wording(String heading, StatutoryPart part) {
        assertThat(StatutoryPart.coveredBy(heading)).containsExactly(part);
    }

    @Test
    void a_combined_heading_covers_both_parts() {
        assertThat(StatutoryPart.coveredBy("存在的问题和下一步工作打算")).containsExactly(SHORTCOMINGS, NEXT_YEAR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"强化组织领导", "依法全面履行政府职能", ""})
    void a_heading_that_is_no_statutory_part_covers_none(String heading) {
        assertThat(StatutoryPart.coveredBy(heading)).isEmpty();
    }

    @Test
    void the_level_one_headings_of_the_samples_name_the_parts_they_have() {
        SampleReports.assumePresent();

        assertThat(partsOf("baise-education-2024"))
                .containsExactly(Set.of(MEASURES), Set.of(SHORTCOMINGS), Set.of(NEXT_YEAR));
        assertThat(partsOf("wusu-education-2023"))
                .containsExactly(Set.of(MEASURES), Set.of(SHORTCOMINGS), Set.of(NEXT_YEAR));
        assertThat(partsOf("wanzhou-education-2024"))
                .containsExactly(Set.of(MEASURES), Set.of(RESPONSIBLE_PERSON), Set.of(SHORTCOMINGS), Set.of(NEXT_YEAR));
    }

    private static List<Set<StatutoryPart>> partsOf(String sample) {
        return SampleReports.levelOneHeadings(sample).stream()
                .map(StatutoryPart::coveredBy)
                .toList();
    }

    @Test
    void only_part_five_may_be_absent() {
        assertThat(EnumSet.allOf(StatutoryPart.class).stream().filter(p -> !p.required()))
                .containsExactly(OTHER);
    }
}
