package com.reportflow.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The filtered trail, newest first. The filter arrives checked (see AuditService); values are always bound. */
@Component
class AuditQueries {

    // Not the backslash: MySQL reads it as an escape inside the ESCAPE literal itself.
    private static final char ESCAPE = '!';

    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    AuditQueries(Clock clock) {
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AuditRow> page(AuditFilter filter, int offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.where(conditions(cb, entry, filter).toArray(Predicate[]::new)).orderBy(cb.desc(entry.get("id")));
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(AuditRow::of)
                .toList();
    }

    /** The page of matching entries older than {@code beforeId}, newest first: keyset paging for the export. */
    @Transactional(readOnly = true)
    public List<AuditRow> olderThan(AuditFilter filter, long beforeId, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        List<Predicate> conditions = conditions(cb, entry, filter);
        conditions.add(cb.lessThan(entry.get("id"), beforeId));
        query.where(conditions.toArray(Predicate[]::new)).orderBy(cb.desc(entry.get("id")));
        return entityManager.createQuery(query).setMaxResults(limit).getResultList().stream()
                .map(AuditRow::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(cb.count(entry)).where(conditions(cb, entry, filter).toArray(Predicate[]::new));
        return entityManager.createQuery(query).getSingleResult();
    }

    private List<Predicate> conditions(CriteriaBuilder cb, Root<AuditEntry> entry, AuditFilter filter) {
        List<Predicate> conditions = new ArrayList<>();
        if (filter.from() != null) {
            conditions.add(cb.greaterThanOrEqualTo(entry.get("occurredAtMillis"), startOf(filter.from())));
        }
        if (filter.to() != null) {
            conditions.add(cb.lessThan(
                    entry.get("occurredAtMillis"), startOf(filter.to().plusDays(1))));
        }
        contains(cb, entry.get("actor"), filter.actor(), conditions);
        contains(cb, entry.get("action"), filter.action(), conditions);
        contains(cb, entry.get("target"), filter.targetContains(), conditions);
        if (filter.outcome() != null) {
            conditions.add(cb.equal(entry.get("outcome"), filter.outcome()));
        }
        return conditions;
    }

    private long startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant().toEpochMilli();
    }

    private static void contains(CriteriaBuilder cb, Expression<String> column, String text, List<Predicate> into) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String pattern = "%" + escape(text.toLowerCase(Locale.ROOT)) + "%";
        into.add(cb.like(cb.lower(column), pattern, ESCAPE));
    }

    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
