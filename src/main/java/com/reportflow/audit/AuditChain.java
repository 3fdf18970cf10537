package com.reportflow.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the chain. The head row is locked (SELECT … FOR UPDATE) until the transaction ends, so two
 * transactions never chain to the same predecessor, on MySQL/MariaDB as on H2.
 */
@Component
class AuditChain {

    @PersistenceContext
    private EntityManager entityManager;

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(List<PendingEntry> pending) {
        if (pending.isEmpty()) {
            return;
        }
        // The caller's own writes take their row locks first: holding the head while waiting for a row another
        // appender holds would be a deadlock.
        entityManager.flush();
        AuditChainHead head =
                entityManager.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("The audit chain head (audit_chain_head, id 1) is missing");
        }
        for (PendingEntry entry : pending) {
            AuditEntry appended = new AuditEntry(head.getLastId() + 1, entry, head.getLastHash());
            entityManager.persist(appended);
            head.advance(appended);
        }
        entityManager.flush();
    }
}
