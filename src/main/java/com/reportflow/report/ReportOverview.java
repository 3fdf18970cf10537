package com.reportflow.report;

/** A report with its progress and its outline, as overviews of a whole year read it. */
public record ReportOverview(ReportSummary summary, ReportDocument document) {}
