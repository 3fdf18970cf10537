package com.reportflow.inbox;

import com.reportflow.workflow.Step;
import java.time.Instant;

/**
 * A task as the inbox and done list show it: who delegated it to the holder, when it was delegated (委派), and its
 * report's progress (sections approved of those assigned).
 */
public record TaskRow(
        Step step,
        long reportId,
        Long sectionId,
        String reportTitle,
        String subject,
        String officeName,
        String holder,
        Instant createdAt,
        Instant dueAt,
        Instant completedAt,
        boolean overdue,
        String delegatedBy,
        long sectionsApproved,
        long sectionsTotal) {

    /** The route of the screen where the task is done. */
    public String route() {
        return route(step, reportId, sectionId);
    }

    /** The route of the screen where a step on a report or section is done. */
    public static String route(Step step, long reportId, Long sectionId) {
        return switch (step) {
            case DRAFT_SECTION -> "sections/" + sectionId + "/draft";
            case OFFICE_CHECK -> "sections/" + sectionId + "/office-check";
            case LEGALITY_REVIEW -> "sections/" + sectionId + "/review";
            case COMPILE_REPORT -> "reports/" + reportId + "/compile";
            case DELIBERATE_REPORT -> "reports/" + reportId + "/deliberation";
            case SIGN_OFF -> "reports/" + reportId + "/sign-off";
            case PUBLISH_REPORT, SUBMIT_TO_SUPERIOR -> "reports/" + reportId + "/publish";
        };
    }
}
