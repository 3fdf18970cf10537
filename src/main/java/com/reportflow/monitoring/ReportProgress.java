package com.reportflow.monitoring;

import com.reportflow.report.ReportSummary;
import com.reportflow.workflow.Step;
import java.time.Instant;

/** A report's stage with its own open steps (compile, deliberation, sign-off, publication). */
public record ReportProgress(
        ReportSummary summary, Step openStep, String holder, Instant since, Instant dueAt, boolean overdue) {}
