package com.reportflow.publication;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A published report's disclosure metadata, as the disclosure catalogue shows it. */
@Entity
@Table(name = "publication")
public class Publication {

    @Id
    private Long reportId;

    private String indexNumber;

    private String documentNumber;

    private String topicCategory;

    private String genreCategory;

    private String publishingOrganisation;

    private String validity;

    private LocalDate writtenDate;

    private LocalDate publishDate;

    private String confidentialityCheckedBy;

    private Instant confidentialityCheckedAt;

    private String publishedBy;

    private Instant publishedAt;

    private Instant withdrawnAt;

    private String withdrawalReason;

    protected Publication() {}

    Publication(
            Long reportId, String indexNumber, DisclosureMetadata metadata, String publishedBy, Instant publishedAt) {
        this.reportId = reportId;
        this.indexNumber = indexNumber;
        this.documentNumber = metadata.documentNumber();
        this.topicCategory = metadata.topicCategory();
        this.genreCategory = metadata.genreCategory();
        this.publishingOrganisation = metadata.publishingOrganisation();
        this.validity = metadata.validity();
        this.writtenDate = metadata.writtenDate();
        this.publishDate = metadata.publishDate();
        this.confidentialityCheckedBy = publishedBy;
        this.confidentialityCheckedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    public Long getReportId() {
        return reportId;
    }

    public String getIndexNumber() {
        return indexNumber;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getTopicCategory() {
        return topicCategory;
    }

    public String getGenreCategory() {
        return genreCategory;
    }

    public String getPublishingOrganisation() {
        return publishingOrganisation;
    }

    public String getValidity() {
        return validity;
    }

    public LocalDate getWrittenDate() {
        return writtenDate;
    }

    public LocalDate getPublishDate() {
        return publishDate;
    }

    public String getConfidentialityCheckedBy() {
        return confidentialityCheckedBy;
    }

    public Instant getConfidentialityCheckedAt() {
        return confidentialityCheckedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** Metadata a correction may change; the 索引号 and the dates stay. */
    void correct(String documentNumber, String validity) {
        this.documentNumber = documentNumber;
        this.validity = validity;
    }

    void withdraw(String reason, Instant at) {
        this.withdrawalReason = reason;
        this.withdrawnAt = at;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }
}
