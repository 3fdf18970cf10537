package com.reportflow.checks;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A finding the coordinator judged wrong, with the reason; it stays dismissed while its text is unchanged. */
@Entity
@Table(name = "finding_dismissal")
class FindingDismissal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long reportId;

    private String findingKey;

    private String kind;

    private String excerpt;

    private String reason;

    private String dismissedBy;

    private Instant dismissedAt;

    protected FindingDismissal() {}

    FindingDismissal(Finding finding, long reportId, String reason, String dismissedBy, Instant dismissedAt) {
        this.reportId = reportId;
        this.findingKey = finding.key();
        this.kind = finding.kind().name();
        this.excerpt = finding.excerpt();
        this.reason = reason;
        this.dismissedBy = dismissedBy;
        this.dismissedAt = dismissedAt;
    }

    String getFindingKey() {
        return findingKey;
    }

    String getReason() {
        return reason;
    }
}
