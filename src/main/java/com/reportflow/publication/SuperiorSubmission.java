package com.reportflow.publication;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The record that the signed report went to the superior authority. */
@Entity
@Table(name = "superior_submission")
public class SuperiorSubmission {

    /** How the report was sent. */
    public enum Channel {
        DOCUMENT_EXCHANGE,
        GOVERNMENT_NETWORK,
        PAPER,
        EMAIL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long reportId;

    private String recipient;

    private LocalDate submittedOn;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String recordedBy;

    private Instant recordedAt;

    private String receiptNumber;

    protected SuperiorSubmission() {}

    SuperiorSubmission(
            Long reportId,
            String recipient,
            LocalDate submittedOn,
            Channel channel,
            String receiptNumber,
            String recordedBy,
            Instant recordedAt) {
        this.reportId = reportId;
        this.receiptNumber = receiptNumber;
        this.recipient = recipient;
        this.submittedOn = submittedOn;
        this.channel = channel;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getReportId() {
        return reportId;
    }

    public String getRecipient() {
        return recipient;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    /** The superior authority's receipt or registration number (回执编号), when it gave one. */
    public String getReceiptNumber() {
        return receiptNumber;
    }
}
