package com.reportflow.monitoring;

import com.reportflow.report.SectionStatus;
import com.reportflow.workflow.Step;
import java.time.Instant;
import java.time.LocalDate;

/** Where one section stands: its status, the open step, who holds it (or may take it), since when, due when. */
public record SectionProgress(
        long reportId,
        String reportTitle,
        long sectionId,
        String numberedHeading,
        String officeName,
        SectionStatus status,
        Step step,
        String holder,
        Instant since,
        Instant dueAt,
        LocalDate sectionDueDate,
        boolean overdue) {}
