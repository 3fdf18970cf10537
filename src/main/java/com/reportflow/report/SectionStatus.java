package com.reportflow.report;

import com.reportflow.workflow.Step;

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

    /**
     * The status of a section waiting at a step of its process: the one place where a step of the section process
     * becomes a status (adding or reordering a step means the BPMN and this mapping).
     */
    public static SectionStatus at(Step step) {
        return switch (step) {
            case DRAFT_SECTION -> DRAFTING;
            case OFFICE_CHECK -> OFFICE_CHECK;
            case LEGALITY_REVIEW -> LEGAL_REVIEW;
            default -> throw new IllegalArgumentException(step + " is no step of a section");
        };
    }

    public boolean isDraftable() {
        return this == DRAFTING || this == RETURNED;
    }
}
