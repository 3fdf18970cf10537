package com.reportflow.steering;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A report's progress copied to a person (抄送): from then on they may follow its progress page. */
@Entity
@Table(name = "report_copy")
class ReportCopy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long reportId;

    private String recipient;

    private String copiedBy;

    private Instant copiedAt;

    protected ReportCopy() {}

    ReportCopy(long reportId, String recipient, String copiedBy, Instant copiedAt) {
        this.reportId = reportId;
        this.recipient = recipient;
        this.copiedBy = copiedBy;
        this.copiedAt = copiedAt;
    }

    String getRecipient() {
        return recipient;
    }
}
