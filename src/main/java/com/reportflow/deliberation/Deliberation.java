package com.reportflow.deliberation;

import com.reportflow.workflow.DeliberationOutcome;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** The record of one meeting that deliberated the report. */
@Entity
@Table(name = "deliberation")
public class Deliberation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long reportId;

    private String meetingName;

    private LocalDate meetingDate;

    @Enumerated(EnumType.STRING)
    private DeliberationOutcome outcome;

    private String notes;

    private String recordedBy;

    private Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "deliberation_returned_section", joinColumns = @JoinColumn(name = "deliberation_id"))
    @Column(name = "section_id")
    private Set<Long> returnedSectionIds = new LinkedHashSet<>();

    protected Deliberation() {}

    Deliberation(
            Long reportId,
            String meetingName,
            LocalDate meetingDate,
            DeliberationOutcome outcome,
            String notes,
            Set<Long> returnedSectionIds,
            String recordedBy,
            Instant recordedAt) {
        this.reportId = reportId;
        this.meetingName = meetingName;
        this.meetingDate = meetingDate;
        this.outcome = outcome;
        this.notes = notes;
        this.returnedSectionIds = new LinkedHashSet<>(returnedSectionIds);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getReportId() {
        return reportId;
    }

    public String getMeetingName() {
        return meetingName;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public DeliberationOutcome getOutcome() {
        return outcome;
    }

    public String getNotes() {
        return notes;
    }

    public Set<Long> getReturnedSectionIds() {
        return Set.copyOf(returnedSectionIds);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
