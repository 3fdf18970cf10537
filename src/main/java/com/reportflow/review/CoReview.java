package com.reportflow.review;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A second legal advisor asked to read one round of a section's legality review (加签), and the opinion they gave.
 * The round is the engine's task id: a section reviewed again is a new round, co-reviewed afresh.
 */
@Entity
@Table(name = "co_review")
class CoReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long reportId;

    private long sectionId;

    private String taskId;

    private String reviewer;

    private String requestedBy;

    private Instant requestedAt;

    private String opinion;

    private Instant answeredAt;

    protected CoReview() {}

    CoReview(long reportId, long sectionId, String taskId, String reviewer, String requestedBy, Instant requestedAt) {
        this.reportId = reportId;
        this.sectionId = sectionId;
        this.taskId = taskId;
        this.reviewer = reviewer;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    Long getId() {
        return id;
    }

    long getReportId() {
        return reportId;
    }

    long getSectionId() {
        return sectionId;
    }

    String getTaskId() {
        return taskId;
    }

    String getReviewer() {
        return reviewer;
    }

    String getRequestedBy() {
        return requestedBy;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    String getOpinion() {
        return opinion;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }

    boolean isOpen() {
        return answeredAt == null;
    }

    void answer(String opinion, Instant at) {
        this.opinion = opinion;
        this.answeredAt = at;
    }
}
