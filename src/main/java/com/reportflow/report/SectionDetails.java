package com.reportflow.report;

import java.time.LocalDate;
import java.util.List;

/** A section with what people need beside it: its place in the report, its status, its last return and history. */
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
        HistoryEntry latestReturn,
        List<HistoryEntry> history) {

    public SectionDetails {
        history = List.copyOf(history);
    }
}
