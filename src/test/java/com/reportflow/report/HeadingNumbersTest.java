package com.reportflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.util.ReflectionTestUtils;

class HeadingNumbersTest {

    @ParameterizedTest(name = "level {0}, #{1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | 1   | 一、
            1 | 5   | 五、
            1 | 10  | 十、
            1 | 11  | 十一、
            1 | 20  | 二十、
            1 | 99  | 九十九、
            1 | 105 | 一百零五、
            1 | 110 | 一百一十、
            2 | 1   | （一）
            2 | 12  | （十二）
            3 | 1   | 1.
            3 | 15  | 15.
            4 | 3   | （3）
            """)
    void headings_are_numbered_by_level_as_official_documents_write_them(int depth, int ordinal, String number) {
        assertThat(HeadingNumbers.of(depth, ordinal)).isEqualTo(number);
    }

    @Test
    void there_is_no_fifth_level_and_no_zeroth_heading() {
        assertThatThrownBy(() -> HeadingNumbers.of(5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HeadingNumbers.of(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HeadingNumbers.of(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numbers_follow_the_tree_and_restart_under_each_parent() {
        Report report = new Report(2025, "报告", "某局", false, "coordinator", java.time.Instant.now());
        List<ReportSection> outline = List.of(
                node(report, 1, "主要举措和成效"),
                node(report, 2, "依法全面履行政府职能"),
                node(report, 3, "优化审批"),
                node(report, 4, "应进必进"),
                node(report, 4, "提速增效"),
                node(report, 3, "规范执法"),
                node(report, 2, "健全依法行政制度体系"),
                node(report, 3, "完善制度"),
                node(report, 1, "存在的不足和原因"),
                node(report, 2, "基础较弱"));

        assertThat(OutlineEntry.of(outline))
                .extracting(OutlineEntry::numberedHeading)
                .containsExactly(
                        "一、主要举措和成效",
                        "（一）依法全面履行政府职能",
                        "1.优化审批",
                        "（1）应进必进",
                        "（2）提速增效",
                        "2.规范执法",
                        "（二）健全依法行政制度体系",
                        "1.完善制度",
                        "二、存在的不足和原因",
                        "（一）基础较弱");
    }

    private long nextId = 1;

    private ReportSection node(Report report, int depth, String heading) {
        ReportSection node = new ReportSection(report, null, 0, depth, heading);
        ReflectionTestUtils.setField(node, "id", nextId++);
        return node;
    }
}
