package com.reportflow.notification;

/**
 * Why a person is told about a task: its deadline is near, or it has passed; a coordinator urges them (催办); or a
 * report's progress was copied to them (抄送), which concerns the report rather than one task.
 */
public enum NotificationKind {
    REMINDER,
    ESCALATION,
    URGE,
    COPY
}
