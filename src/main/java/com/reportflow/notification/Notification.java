package com.reportflow.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One person told about one task's deadline; read once they have seen it. */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipient;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    private String taskId;

    private Long reportId;

    private Long sectionId;

    private String stepKey;

    private Instant createdAt;

    private Instant dueAt;

    private Instant readAt;

    protected Notification() {}

    Notification(
            String recipient,
            NotificationKind kind,
            String taskId,
            long reportId,
            Long sectionId,
            String stepKey,
            Instant dueAt,
            Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.taskId = taskId;
        this.reportId = reportId;
        this.sectionId = sectionId;
        this.stepKey = stepKey;
        this.dueAt = dueAt;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getTaskId() {
        return taskId;
    }

    public long getReportId() {
        return reportId;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public String getStepKey() {
        return stepKey;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    /** Tells the person again: the notification becomes new and unread. */
    void renew(Instant at) {
        createdAt = at;
        readAt = null;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
