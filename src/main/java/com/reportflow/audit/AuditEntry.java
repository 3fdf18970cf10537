package com.reportflow.audit;

import com.reportflow.shared.AuditEvent.Outcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the audit trail. Written once by {@link AuditChain}; nothing in the code changes or deletes it. */
@Entity
@Immutable
@Table(name = "audit_log")
class AuditEntry {

    @Id
    private Long id;

    @Column(name = "occurred_at_ms")
    private long occurredAtMillis;

    private String actor;

    private String action;

    private String target;

    private String detail;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String remoteAddress;

    private String previousHash;

    private String hash;

    protected AuditEntry() {}

    AuditEntry(long id, PendingEntry entry, String previousHash) {
        this.id = id;
        this.occurredAtMillis = entry.occurredAt().toEpochMilli();
        this.actor = entry.actor();
        this.action = entry.action();
        this.target = entry.target();
        this.detail = entry.detail();
        this.outcome = entry.outcome();
        this.remoteAddress = entry.remoteAddress();
        this.previousHash = previousHash;
        this.hash = expectedHash();
    }

    /** The hash this entry's stored fields give; differs from {@link #getHash()} once the row was altered. */
    String expectedHash() {
        return AuditHash.of(
                id,
                occurredAtMillis,
                actor,
                action,
                target,
                detail,
                outcome == null ? null : outcome.name(),
                remoteAddress,
                previousHash);
    }

    public long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return Instant.ofEpochMilli(occurredAtMillis);
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
