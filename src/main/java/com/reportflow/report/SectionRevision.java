package com.reportflow.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A section's text as it was submitted, frozen: reviewers decide on a revision, and any two can be compared. Saving
 * a draft never makes one; only a submission does.
 */
@Entity
@Immutable
@Table(name = "section_revision")
public class SectionRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long sectionId;

    private Long reportId;

    @Column(name = "revision_number")
    private int number;

    private String heading;

    private String body;

    private String submittedBy;

    private String submittedByName;

    private Instant submittedAt;

    protected SectionRevision() {}

    SectionRevision(
            long sectionId,
            long reportId,
            int number,
            String heading,
            String body,
            String submittedBy,
            String submittedByName,
            Instant submittedAt) {
        this.sectionId = sectionId;
        this.reportId = reportId;
        this.number = number;
        this.heading = heading;
        this.body = body;
        this.submittedBy = submittedBy;
        this.submittedByName = submittedByName;
        this.submittedAt = submittedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public Long getReportId() {
        return reportId;
    }

    public int getNumber() {
        return number;
    }

    public String getHeading() {
        return heading;
    }

    public String getBody() {
        return body;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getSubmittedByName() {
        return submittedByName;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
