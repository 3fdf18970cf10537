package com.reportflow.report;

/** What happened to a report or a section, as the history lists it. */
public enum HistoryAction {
    REPORT_CREATED,
    OFFICE_CHECK_SWITCHED,
    SECTION_ADDED,
    SECTION_RENAMED,
    SECTION_MOVED,
    SECTION_REMOVED,
    TASK_TAKEN,
    TASK_RELEASED,
    SUBMITTED,
    WITHDRAWN,
    OFFICE_APPROVED,
    OFFICE_RETURNED,
    /** A head submitted while no other active head of the office could check it: the check was skipped. */
    OFFICE_CHECK_SELF_SKIPPED,
    /** The coordinator sent a section on without its office check, with the reason (nobody could make it). */
    OFFICE_CHECK_SKIPPED,
    APPROVED,
    RETURNED,
    COMPILED,
    DELIBERATION_PASSED,
    DELIBERATION_RETURNED,
    SIGNED_OFF,
    SUBMITTED_TO_SUPERIOR,
    PUBLISHED,
    PUBLICATION_CORRECTED,
    PUBLICATION_WITHDRAWN,
    TASK_TRANSFERRED,
    SECTION_TRANSFERRED,
    TASK_DELEGATED,
    TASK_HANDED_BACK,
    CO_REVIEWER_ADDED,
    CO_REVIEWED,
    TASK_URGED,
    REPORT_COPIED,
    REPORT_CANCELLED,
    SECTION_REOPENED,
    FINDING_DISMISSED
}
