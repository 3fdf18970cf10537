package com.reportflow.audit;

import com.reportflow.shared.AuditEvent.Outcome;
import java.time.Instant;

/** One entry as the viewer and the CSV export show it. */
record AuditRow(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String target,
        String detail,
        Outcome outcome,
        String remoteAddress,
        String hash) {

    static AuditRow of(AuditEntry entry) {
        return new AuditRow(
                entry.getId(),
                entry.getOccurredAt(),
                entry.getActor(),
                entry.getAction(),
                entry.getTarget(),
                entry.getDetail(),
                entry.getOutcome(),
                entry.getRemoteAddress(),
                entry.getHash());
    }
}
