package com.reportflow.report;

/** Where one section stands in its own loop of drafting and legality review. */
public enum SectionStatus {
    /** A heading that groups sections and carries no text of its own. */
    HEADING,
    DRAFTING,
    RETURNED,
    OFFICE_CHECK,
    LEGAL_REVIEW,
    APPROVED;

    public boolean isDraftable() {
        return this == DRAFTING || this == RETURNED;
    }
}
