package com.reportflow.report;

/** Where a report stands as a whole. */
public enum ReportStage {
    DRAFTING,
    COMPILING,
    DELIBERATING,
    SIGNING,
    PUBLISHING,
    PUBLISHED,
    /** Published, then withdrawn (撤回公开) from the disclosure catalogue: its record and text stay readable. */
    WITHDRAWN,
    /** Cancelled by an admin before publication: its processes ended, its text and history stay readable. */
    CANCELLED;

    /** Published (or withdrawn afterwards) or cancelled: nothing is drafted, decided or counted any more. */
    public boolean isClosed() {
        return this == PUBLISHED || this == WITHDRAWN || this == CANCELLED;
    }
}
