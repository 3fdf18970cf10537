package com.reportflow.monitoring;

import com.reportflow.calendar.ReportDeadlines;
import com.reportflow.report.ReportSummary;
import com.reportflow.workflow.Step;
import java.time.Instant;

/** A report of the year: stage, progress, legal deadlines, its own open step and why it is overdue or at risk. */
public record ReportRow(
        ReportSummary summary,
        ReportDeadlines deadlines,
        Step step,
        String holder,
        Instant since,
        Instant dueAt,
        Risk risk) {}
