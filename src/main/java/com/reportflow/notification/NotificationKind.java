package com.reportflow.notification;

/** Why a person is told about a task: its deadline is near, or it has passed. */
public enum NotificationKind {
    REMINDER,
    ESCALATION
}
