package com.reportflow.notification;

import com.reportflow.inbox.TaskRow;
import com.reportflow.workflow.Step;
import java.time.Instant;

/** A notification as the person's list shows it. */
public record NotificationRow(
        long id,
        NotificationKind kind,
        Step step,
        long reportId,
        Long sectionId,
        String reportTitle,
        String subject,
        Instant dueAt,
        Instant createdAt,
        Instant readAt) {

    public boolean read() {
        return readAt != null;
    }

    /** The screen of the task the notification is about; for a copy, the report's progress. */
    public String route() {
        return step == null ? progressRoute(reportId) : TaskRow.route(step, reportId, sectionId);
    }

    /** The page where a person a report was copied to follows its progress (the steering feature's). */
    public static String progressRoute(long reportId) {
        return "steering/reports/" + reportId + "/progress";
    }
}
