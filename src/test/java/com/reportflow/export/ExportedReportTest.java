package com.reportflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportDocument;
import com.reportflow.report.SectionStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportedReportTest {

    private final ReportDocument document = new ReportDocument(
            7,
            2025,
            "关于2025年法治政府建设情况的报告",
            "某区教育委员会",
            LocalDate.of(2026, 1, 21),
            List.of(
                    entry(1, null, 1, "一、", "主要举措和成效", false, SectionStatus.HEADING, null),
                    entry(2, 1L, 2, "（一）", "依法全面履行政府职能", true, SectionStatus.APPROVED, "第一段。\n\n  第二段。  \n"),
                    entry(3, 1L, 2, "（二）", "健全依法行政制度体系", true, SectionStatus.APPROVED, ""),
                    entry(4, null, 1, "二、", "存在的不足和原因", true, SectionStatus.APPROVED, "不足。")));

    @Test
    void the_document_maps_in_order_with_numbers_headings_and_paragraphs() {
        ExportedReport report =
                ExportedReport.of(document, "审议稿", Map.of(2L, 3, 3L, 1, 4L, 2), ExportFixtures.GENERATED_AT);

        assertThat(report.title()).isEqualTo("关于2025年法治政府建设情况的报告");
        assertThat(report.issuer()).isEqualTo("某区教育委员会");
        assertThat(report.closingDate()).isEqualTo(LocalDate.of(2026, 1, 21));
        assertThat(report.stateLabel()).isEqualTo("审议稿");
        assertThat(report.generatedAt()).isEqualTo(ExportFixtures.GENERATED_AT);
        assertThat(report.headings())
                .containsExactly(
                        new ExportedHeading(1, "一、", "主要举措和成效", List.of(), null),
                        new ExportedHeading(2, "（一）", "依法全面履行政府职能", List.of("第一段。", "第二段。"), 3),
                        new ExportedHeading(2, "（二）", "健全依法行政制度体系", List.of(), 1),
                        new ExportedHeading(1, "二、", "存在的不足和原因", List.of("不足。"), 2));
        assertThat(report.statesRevisions()).isTrue();
    }

    @Test
    void a_grouping_heading_never_states_a_revision_and_a_section_without_one_states_none() {
        ExportedReport report = ExportedReport.of(document, "", Map.of(1L, 9, 4L, 2), ExportFixtures.GENERATED_AT);

        assertThat(report.headings()).extracting(ExportedHeading::revision).containsExactly(null, null, null, 2);
    }

    @Test
    void without_revisions_the_document_states_none() {
        assertThat(ExportedReport.of(document, null, Map.of(), ExportFixtures.GENERATED_AT)
                        .statesRevisions())
                .isFalse();
    }

    private static OutlineEntry entry(
            long id,
            Long parent,
            int depth,
            String number,
            String heading,
            boolean assigned,
            SectionStatus status,
            String body) {
        return new OutlineEntry(
                id,
                parent,
                depth,
                number,
                heading,
                assigned,
                assigned ? 11L : null,
                assigned ? "政策法规科" : null,
                null,
                status,
                body,
                0);
    }
}
