package com.reportflow.publication;

import com.reportflow.report.HeadingNumbers;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportDocument;
import com.reportflow.report.SectionStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * The text of a published report as the public saw it from a moment on: the first publication, each correction, and
 * the withdrawal. Never changed; the public page shows the latest and links the earlier ones.
 */
@Entity
@Immutable
@Table(name = "published_version")
public class PublishedVersion {

    /** Why this version exists. */
    public enum Change {
        PUBLISHED,
        CORRECTED,
        WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long reportId;

    @Column(name = "version_number")
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind")
    private Change change;

    private String title;

    private String issuer;

    private LocalDate closingDate;

    private String documentNumber;

    private String validity;

    private String reason;

    private String createdBy;

    private String createdByName;

    private Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "version_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<PublishedEntry> entries = new ArrayList<>();

    protected PublishedVersion() {}

    PublishedVersion(
            long reportId,
            int number,
            Change change,
            ReportDocument document,
            String documentNumber,
            String validity,
            String reason,
            String createdBy,
            String createdByName,
            Instant createdAt) {
        this.reportId = reportId;
        this.number = number;
        this.change = change;
        this.title = document.title();
        this.issuer = document.issuer();
        this.closingDate = document.closingDate();
        this.documentNumber = documentNumber;
        this.validity = validity;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.createdAt = createdAt;
        for (OutlineEntry e : document.entries()) {
            entries.add(
                    new PublishedEntry(entries.size(), e.depth(), e.sectionId(), e.assigned(), e.heading(), e.body()));
        }
    }

    /** The version's text as a document, numbered from its outline. */
    public ReportDocument document() {
        List<String> numbers = HeadingNumbers.ofOutline(
                entries.stream().map(PublishedEntry::getDepth).toList());
        List<OutlineEntry> outline = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            PublishedEntry e = entries.get(i);
            outline.add(new OutlineEntry(
                    e.getSectionId() == null ? 0 : e.getSectionId(),
                    null,
                    e.getDepth(),
                    numbers.get(i),
                    e.getHeading(),
                    e.isAssigned(),
                    null,
                    null,
                    null,
                    e.isAssigned() ? SectionStatus.APPROVED : SectionStatus.HEADING,
                    e.getBody(),
                    0));
        }
        return new ReportDocument(reportId, 0, title, issuer, closingDate, outline);
    }

    public Long getReportId() {
        return reportId;
    }

    public int getNumber() {
        return number;
    }

    public Change getChange() {
        return change;
    }

    public String getTitle() {
        return title;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getValidity() {
        return validity;
    }

    public String getReason() {
        return reason;
    }

    public String getCreatedByName() {
        return createdByName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
