package com.reportflow.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.checks.Finding.Kind;
import com.reportflow.importing.ImportedHeading;
import com.reportflow.importing.ImportedReport;
import com.reportflow.importing.ReportImporter;
import com.reportflow.importing.TraditionalCharacters;
import com.reportflow.report.HeadingNumbers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 11, case 3: an imported report in traditional characters has its statutory parts found as a simplified one. */
class ImportedTraditionalReportTest {

    private static final String TRADITIONAL = """
            某某縣教育局2024年法治政府建設情況報告
            一、主要舉措和成效
            （一）健全依法決策機制
            全年經合法性審查的規範性文件12件。
            二、黨政主要負責人履行推進法治建設第一責任人職責情況
            局主要負責人帶頭學法，主持召開專題會議4次。
            三、存在的不足和原因
            執法隊伍專業化水平不高。
            四、下一年度主要安排
            加強執法人員培訓。
            """;

    @Test
    void every_statutory_part_is_found_in_traditional_characters_and_after_the_conversion() {
        ImportedReport report = new ReportImporter().parse(TRADITIONAL);

        assertThat(missingParts(report)).isEmpty();
        assertThat(missingParts(TraditionalCharacters.toSimplified(report))).isEmpty();
    }

    @Test
    void a_missing_part_is_told_in_traditional_characters_as_in_simplified_ones() {
        ImportedReport report = new ReportImporter().parse(TRADITIONAL.replace("二、黨政主要負責人履行推進法治建設第一責任人職責情況\n", ""));

        assertThat(missingParts(report)).containsExactly(List.of("checks.part.RESPONSIBLE_PERSON"));
        assertThat(missingParts(TraditionalCharacters.toSimplified(report)))
                .containsExactly(List.of("checks.part.RESPONSIBLE_PERSON"));
    }

    private static List<List<Object>> missingParts(ImportedReport report) {
        List<CheckedSection> sections = new ArrayList<>();
        add(report.outline(), 1, sections);
        return ReportChecks.run(sections).stream()
                .filter(f -> f.kind() == Kind.MISSING_PART)
                .map(Finding::args)
                .toList();
    }

    private static void add(List<ImportedHeading> level, int depth, List<CheckedSection> into) {
        int ordinal = 0;
        for (ImportedHeading heading : level) {
            into.add(new CheckedSection(
                    into.size() + 1,
                    depth,
                    HeadingNumbers.of(depth, ++ordinal),
                    heading.heading(),
                    !heading.paragraphs().isEmpty(),
                    String.join("\n", heading.paragraphs())));
            add(heading.children(), depth + 1, into);
        }
    }
}
