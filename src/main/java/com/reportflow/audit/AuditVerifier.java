package com.reportflow.audit;

import com.reportflow.audit.AuditVerification.Problem;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the chain in id order, a page at a time (each page in a short read-only transaction, so neither memory nor
 * a transaction grows with the log), recomputing each hash and its link to the one before; then compares the end
 * with the chain head. Entries appended while it walks are tolerated: the head is read again before it says that
 * rows lie beyond it.
 */
@Component
public class AuditVerifier {

    static final int PAGE = 500;

    private final AuditEntryRepository entries;
    private final TransactionTemplate readOnly;

    @PersistenceContext
    private EntityManager entityManager;

    AuditVerifier(AuditEntryRepository entries, PlatformTransactionManager transactionManager) {
        this.entries = entries;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** Walks the whole chain. No access check: for the command and the admin's AuditService, which checks. */
    public AuditVerification verify() {
        Head before = head();
        if (before == null) {
            return AuditVerification.broken(0, null, Problem.HEAD_MISSING);
        }
        long expectedId = 1;
        String expectedPrevious = AuditHash.GENESIS;
        long after = 0;
        while (true) {
            long from = after;
            List<AuditEntry> page = readOnly.execute(status -> entries.findTop500ByIdGreaterThanOrderByIdAsc(from));
            for (AuditEntry entry : page) {
                long checked = expectedId - 1;
                if (entry.getId() != expectedId) {
                    return AuditVerification.broken(checked, expectedId, Problem.DELETED);
                }
                if (!entry.getPreviousHash().equals(expectedPrevious)) {
                    return AuditVerification.broken(checked, entry.getId(), Problem.CHAIN_BROKEN);
                }
                if (!entry.expectedHash().equals(entry.getHash())) {
                    return AuditVerification.broken(checked, entry.getId(), Problem.ALTERED);
                }
                expectedPrevious = entry.getHash();
                expectedId++;
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.getLast().getId();
        }
        long last = expectedId - 1;
        if (last < before.lastId()) {
            return AuditVerification.broken(last, last + 1, Problem.DELETED);
        }
        Head now = last > before.lastId() ? head() : before;
        if (now == null) {
            return AuditVerification.broken(last, null, Problem.HEAD_MISSING);
        }
        if (last > now.lastId()) {
            return AuditVerification.broken(now.lastId(), now.lastId() + 1, Problem.INSERTED);
        }
        if (last == now.lastId() && !now.lastHash().equals(expectedPrevious)) {
            return AuditVerification.broken(last - 1, last, Problem.HEAD_MISMATCH);
        }
        return AuditVerification.intact(last);
    }

    private Head head() {
        return readOnly.execute(status -> {
            AuditChainHead head = entityManager.find(AuditChainHead.class, AuditChainHead.ID);
            return head == null ? null : new Head(head.getLastId(), head.getLastHash());
        });
    }

    private record Head(long lastId, String lastHash) {}
}
