package com.reportflow.audit;

/**
 * The result of walking the chain: intact, or the first broken link — the entry's id and why.
 *
 * @param checkedEntries how many entries were found intact before the break (all of them when intact)
 * @param brokenAt the id of the first entry that is altered, missing, replaced or inserted; null when intact
 */
public record AuditVerification(boolean intact, long checkedEntries, Long brokenAt, Problem problem) {

    public enum Problem {
        /** The entry's fields no longer give its hash: it was changed in the database. */
        ALTERED,
        /** The entry is missing: the ids jump over it, or the chain head names a newer entry than the last row. */
        DELETED,
        /** The entry does not chain to the one before: that one was replaced, or this one was forged in. */
        CHAIN_BROKEN,
        /** The entry lies beyond the chain head: it was added directly in the database. */
        INSERTED,
        /** The newest entry is not the one the chain head recorded: it was replaced. */
        HEAD_MISMATCH,
        /** The chain head row itself is missing. */
        HEAD_MISSING
    }

    static AuditVerification intact(long checked) {
        return new AuditVerification(true, checked, null, null);
    }

    static AuditVerification broken(long checked, Long at, Problem problem) {
        return new AuditVerification(false, checked, at, problem);
    }
}
