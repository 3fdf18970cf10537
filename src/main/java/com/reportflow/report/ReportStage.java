package com.reportflow.report;

/** Where a report stands as a whole. */
public enum ReportStage {
    DRAFTING,
    COMPILING,
    DELIBERATING,
    SIGNING,
    PUBLISHING,
    PUBLISHED
}
