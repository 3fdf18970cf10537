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

    /** The screen of the task the notification is about. */
    public String route() {
        return TaskRow.route(step, reportId, sectionId);
    }
}
