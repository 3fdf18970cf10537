package com.reportflow.monitoring;

import com.reportflow.report.SectionStatus;
import com.reportflow.workflow.Step;
import java.time.Instant;
import java.util.Map;

/**
 * One row of the matrix: a section, the step it stands at now (its own, or its report's once it is approved), who
 * holds that step and since when, every step's cell, how often it was returned and why it is overdue or at risk.
 */
public record SectionRow(
        long reportId,
        String reportTitle,
        long sectionId,
        String numberedHeading,
        Long officeId,
        String officeName,
        SectionStatus status,
        Step step,
        String holder,
        Instant since,
        Instant dueAt,
        Map<MatrixStep, Cell> cells,
        long returns,
        Risk risk) {

    public SectionRow {
        cells = Map.copyOf(cells);
    }

    public Cell cell(MatrixStep step) {
        return cells.getOrDefault(step, Cell.NOT_REACHED);
    }
}
