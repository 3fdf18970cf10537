package com.reportflow.audit;

import jakarta.persistence.EntityManager;
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
        // Plain SQL: Hibernate's MySQL dialect writes "FOR UPDATE OF <alias>", which MariaDB does not accept.
        List<?> heads = entityManager
                .createNativeQuery("select last_id, last_hash from audit_chain_head where id = ?1 for update")
                .setParameter(1, AuditChainHead.ID)
                .getResultList();
        if (heads.isEmpty()) {
            throw new IllegalStateException("The audit chain head (audit_chain_head, id 1) is missing");
        }
        Object[] head = (Object[]) heads.getFirst();
        long lastId = ((Number) head[0]).longValue();
        String lastHash = (String) head[1];
        for (PendingEntry entry : pending) {
            AuditEntry appended = new AuditEntry(lastId + 1, entry, lastHash);
            entityManager.persist(appended);
            lastId = appended.getId();
            lastHash = appended.getHash();
        }
        entityManager.flush();
        entityManager
                .createNativeQuery("update audit_chain_head set last_id = ?1, last_hash = ?2 where id = ?3")
                .setParameter(1, lastId)
                .setParameter(2, lastHash)
                .setParameter(3, AuditChainHead.ID)
                .executeUpdate();
    }
}
