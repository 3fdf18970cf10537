package com.reportflow.monitoring;

import com.reportflow.calendar.ReportDeadlines;
import com.reportflow.report.ReportSummary;
import com.reportflow.workflow.Step;
import java.time.Instant;

/** A report's stage and legal deadlines with its own open steps (compile, deliberation, sign-off, publication). */
public record ReportProgress(
        ReportSummary summary,
        ReportDeadlines deadlines,
        Step openStep,
        String holder,
        Instant since,
        Instant dueAt,
        boolean overdue) {}
