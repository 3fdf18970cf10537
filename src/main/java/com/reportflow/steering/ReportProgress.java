package com.reportflow.steering;

import com.reportflow.report.ReportStage;
import com.reportflow.report.SectionStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report's progress as a person it was copied to may see it: stage and, per section, office, status, holder and
 * due dates. No text: a copy shares progress, not the draft.
 */
public record ReportProgress(long reportId, String title, ReportStage stage, List<Line> sections) {

    public ReportProgress {
        sections = List.copyOf(sections);
    }

    /** One section; the holder and task due date are null when no task of the section is open. */
    public record Line(
            String heading,
            String officeName,
            SectionStatus status,
            LocalDate dueDate,
            String holderName,
            Instant taskDueAt) {}

    public long approved() {
        return sections.stream()
                .filter(s -> s.status() == SectionStatus.APPROVED)
                .count();
    }
}
