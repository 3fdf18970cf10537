package com.reportflow.report;

/** Where a report stands as a whole. */
public enum ReportStage {
    DRAFTING,
    COMPILING,
    DELIBERATING,
    SIGNING,
    PUBLISHING,
    PUBLISHED,
    /** Cancelled by an admin before publication: its processes ended, its text and history stay readable. */
    CANCELLED
}
