package com.reportflow.report;

/** Where one section stands in its own loop of drafting and legality review. */
public enum SectionStatus {
    /** A heading that groups sections and carries no text of its own. */
    HEADING,
    DRAFTING,
    RETURNED,
    OFFICE_CHECK,
    LEGAL_REVIEW,
    APPROVED,
    /** Taken out of the outline by the coordinator; kept with its text and history, never shown in the report. */
    REMOVED;

    public boolean isDraftable() {
        return this == DRAFTING || this == RETURNED;
    }
}
