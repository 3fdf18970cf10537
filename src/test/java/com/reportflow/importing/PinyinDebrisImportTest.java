package com.reportflow.importing;

import static com.reportflow.importing.ImportChecks.outline;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Case 1 of issue 11: converter readings are dropped from the import, counted as debris, never read as headings. */
class PinyinDebrisImportTest {

    private final ReportImporter importer = new ReportImporter();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "某某縣教育局2024年法治政府建設工作總結(jié)報告|某某縣教育局2024年法治政府建設工作總結報告|一、主要舉措和成效|完善內控系統(tǒng)，實現(xiàn)全程留痕。|3",
                "某某区司法局2024年法治政府建设情况报告|某某区司法局2024年法治政府建设情况报告|一、主要举措和成(chéng)效|推进信息系统(tǒng)建设，下载全文(PDF)。|2",
            })
    void readings_are_dropped_from_title_heading_and_body_and_counted(
            String title, String cleanTitle, String heading, String body, int readings) {
        String source = title + "\n\n" + heading + "\n" + body + "\n二、存在的不足和原因\n队伍力量薄弱。\n";

        ImportedReport report = importer.parse(source);

        assertThat(report.title()).isEqualTo(cleanTitle);
        assertThat(report.sentences()).noneMatch(s -> !PinyinDebris.find(s).isEmpty());
        assertThat(report.sentences()).anyMatch(s -> s.contains("(PDF)") || !body.contains("(PDF)"));
        assertThat(report.dropped()).filteredOn(d -> d.startsWith("(")).hasSize(readings);
        assertThat(outline(report)).hasSize(2);
    }
}
