package com.reportflow.report;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a report's or section's history; never changed once written. */
@Entity
@Table(name = "history_entry")
public class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long reportId;

    private Long sectionId;

    private String actor;

    private String actorName;

    @Enumerated(EnumType.STRING)
    private HistoryAction action;

    private String comment;

    private Instant occurredAt;

    private Integer revisionNumber;

    private Long opinionId;

    protected HistoryEntry() {}

    HistoryEntry(
            Long reportId,
            Long sectionId,
            String actor,
            String actorName,
            HistoryAction action,
            String comment,
            Instant occurredAt,
            Integer revisionNumber,
            Long opinionId) {
        this.reportId = reportId;
        this.sectionId = sectionId;
        this.actor = actor;
        this.actorName = actorName;
        this.action = action;
        this.comment = comment;
        this.occurredAt = occurredAt;
        this.revisionNumber = revisionNumber;
        this.opinionId = opinionId;
    }

    public Long getId() {
        return id;
    }

    public Long getReportId() {
        return reportId;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public String getActor() {
        return actor;
    }

    public String getActorName() {
        return actorName;
    }

    public HistoryAction getAction() {
        return action;
    }

    public String getComment() {
        return comment;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    /** The revision the entry concerns (submitted, withdrawn, decided on), or null. */
    public Integer getRevisionNumber() {
        return revisionNumber;
    }

    /** The legality opinion recorded with the entry, or null. */
    public Long getOpinionId() {
        return opinionId;
    }
}
