package com.reportflow.audit;

import com.reportflow.shared.AuditEvent.Outcome;
import java.time.LocalDate;

/**
 * What the admin narrows the trail to; every part may be empty. Texts match anywhere, ignoring case.
 *
 * @param to the last day included
 */
record AuditFilter(LocalDate from, LocalDate to, String actor, String action, Outcome outcome, String targetContains) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);
}
