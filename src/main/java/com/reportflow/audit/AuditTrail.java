package com.reportflow.audit;

import com.reportflow.shared.AuditEvent;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes every {@link AuditEvent} to the chain. A {@code DONE} entry belongs to the caller's work: it is kept
 * with the transaction and appended just before it commits (the chain head is then locked only until the commit),
 * and a rollback leaves no entry. A refused or failed attempt is appended at once in a transaction of its own, so
 * that it outlives the caller's rollback. Without a transaction every entry is written in a new one.
 */
@Component
class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final AuditChain chain;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    AuditTrail(AuditChain chain, Clock clock, PlatformTransactionManager transactionManager) {
        this.chain = chain;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void on(AuditEvent event) {
        record(event);
    }

    public void record(AuditEvent event) {
        PendingEntry entry = PendingEntry.of(event, clock.instant(), remoteAddress());
        if (event.outcome() == AuditEvent.Outcome.DONE
                && TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            Pending pending = pendingOfThisTransaction();
            if (pending.appended) {
                // Published while the transaction is already committing (by another synchronization): too late to
                // join it, so it is kept on its own.
                appendAlone(List.of(entry));
            } else {
                pending.entries.add(entry);
            }
        } else {
            appendAlone(List.of(entry));
        }
    }

    private void appendAlone(List<PendingEntry> entries) {
        newTransaction.executeWithoutResult(status -> chain.append(entries));
    }

    private Pending pendingOfThisTransaction() {
        // Synchronizations are suspended with their transaction, so an inner REQUIRES_NEW gets a list of its own.
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending pending && pending.owner() == this) {
                return pending;
            }
        }
        Pending pending = new Pending();
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    /** The address of the person's request; null for timers, jobs and start-up. */
    static String remoteAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        // A Vaadin request handled where Spring's request context is not bound (Vaadin's own request handlers).
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        return vaadin == null ? null : vaadin.getRemoteAddr();
    }

    private final class Pending implements TransactionSynchronization {

        private final List<PendingEntry> entries = new ArrayList<>();
        private boolean readOnly;
        private boolean appended;

        AuditTrail owner() {
            return AuditTrail.this;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            this.readOnly = readOnly;
            this.appended = true;
            if (!readOnly) {
                chain.append(entries);
            }
        }

        @Override
        public void afterCommit() {
            // A read-only transaction cannot write (MySQL refuses); what it did (a download) is kept after it.
            if (readOnly && !entries.isEmpty()) {
                try {
                    appendAlone(List.copyOf(entries));
                } catch (RuntimeException e) {
                    log.error("Could not write {} audit entries after a read-only transaction", entries.size(), e);
                }
            }
        }
    }
}
