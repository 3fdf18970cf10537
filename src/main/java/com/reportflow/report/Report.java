package com.reportflow.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_year")
    private int year;

    private String title;

    private String issuer;

    private LocalDate closingDate;

    private boolean officeHeadCheck;

    @Enumerated(EnumType.STRING)
    private ReportStage stage;

    private String processInstanceId;

    private LocalDate submissionDeadline;

    private LocalDate publicationDeadline;

    private String createdBy;

    private Instant createdAt;

    private String signedBy;

    private Instant signedAt;

    @Version
    private long version;

    protected Report() {}

    public Report(int year, String title, String issuer, boolean officeHeadCheck, String createdBy, Instant createdAt) {
        this.year = year;
        this.title = title;
        this.issuer = issuer;
        this.officeHeadCheck = officeHeadCheck;
        this.stage = ReportStage.DRAFTING;
        this.submissionDeadline = LocalDate.of(year + 1, 3, 1);
        this.publicationDeadline = LocalDate.of(year + 1, 4, 1);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public String getIssuer() {
        return issuer;
    }

    public LocalDate getClosingDate() {
        return closingDate;
    }

    public boolean isOfficeHeadCheck() {
        return officeHeadCheck;
    }

    public ReportStage getStage() {
        return stage;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public LocalDate getSubmissionDeadline() {
        return submissionDeadline;
    }

    public LocalDate getPublicationDeadline() {
        return publicationDeadline;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public long getVersion() {
        return version;
    }

    public void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void setOfficeHeadCheck(boolean officeHeadCheck) {
        this.officeHeadCheck = officeHeadCheck;
    }

    public void compiled(String title, String issuer, LocalDate closingDate) {
        this.title = title;
        this.issuer = issuer;
        this.closingDate = closingDate;
    }

    /** Every section is approved: a report whose sections were being drafted waits to be compiled. */
    public void sectionsApproved() {
        if (stage == ReportStage.DRAFTING) {
            this.stage = ReportStage.COMPILING;
        }
    }

    /** Compiled and sent to the leadership group. */
    public void deliberating() {
        advance(ReportStage.COMPILING, ReportStage.DELIBERATING);
    }

    /** The leadership group passed it: the director signs. */
    public void signing() {
        advance(ReportStage.DELIBERATING, ReportStage.SIGNING);
    }

    /** The leadership group sent sections back: they are drafted again. */
    public void returnedByDeliberation() {
        advance(ReportStage.DELIBERATING, ReportStage.DRAFTING);
    }

    /** Signed off: the coordinator publishes. */
    public void publishing() {
        advance(ReportStage.SIGNING, ReportStage.PUBLISHING);
    }

    public void published() {
        advance(ReportStage.PUBLISHING, ReportStage.PUBLISHED);
    }

    /** Withdrawn (撤回公开) from the catalogue after publication. */
    public void withdrawnFromPublication() {
        advance(ReportStage.PUBLISHED, ReportStage.WITHDRAWN);
    }

    /** An approved section was reopened: the report waits for its sections again. */
    public void sectionReopened() {
        if (stage != ReportStage.DRAFTING && stage != ReportStage.COMPILING) {
            throw new StateConflict();
        }
        this.stage = ReportStage.DRAFTING;
    }

    /** Cancelled before publication; stays readable. */
    public void cancelled() {
        if (isClosed()) {
            throw new StateConflict();
        }
        this.stage = ReportStage.CANCELLED;
    }

    private void advance(ReportStage from, ReportStage to) {
        if (stage != from) {
            throw new StateConflict();
        }
        this.stage = to;
    }

    /** The director's signature fixes the written date (成文日期) every document, page and deadline reads. */
    public void signedOff(String username, Instant at, LocalDate writtenDate) {
        this.signedBy = username;
        this.signedAt = at;
        this.closingDate = writtenDate;
    }

    /** Whether the report left the process for good: published (or withdrawn afterwards) or cancelled. */
    public boolean isClosed() {
        return stage.isClosed();
    }
}
