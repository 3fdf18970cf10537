package com.reportflow.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A section with what people need beside it: its place in the report, its status, who holds its open step (null
 * while nobody has taken it), its last return and history.
 */
public record SectionDetails(
        long sectionId,
        long reportId,
        String reportTitle,
        int reportYear,
        String numberedHeading,
        String officeName,
        LocalDate dueDate,
        SectionStatus status,
        String body,
        long version,
        String holder,
        HistoryEntry latestReturn,
        List<HistoryEntry> history) {

    public SectionDetails {
        history = List.copyOf(history);
    }
}
