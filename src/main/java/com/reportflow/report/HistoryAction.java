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
    APPROVED,
    RETURNED,
    COMPILED,
    DELIBERATION_PASSED,
    DELIBERATION_RETURNED,
    SIGNED_OFF,
    SUBMITTED_TO_SUPERIOR,
    PUBLISHED
}
