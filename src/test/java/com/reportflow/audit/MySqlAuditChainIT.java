package com.reportflow.audit;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.RealDatabaseTest;
import com.reportflow.audit.AuditVerification.Problem;
import com.reportflow.shared.AuditEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain on MariaDB/MySQL: the head's row lock serialises appends from many threads, DONE entries appended just
 * before commit, four-byte characters hashed as stored, and an altered row found.
 */
@RealDatabaseTest
class MySqlAuditChainIT {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    AuditService audit;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_audit_tables_are_utf8mb4() {
        assertThat(jdbc.queryForList(
                        "select table_collation from information_schema.tables where table_schema = database()"
                                + " and table_name in ('audit_log', 'audit_chain_head')",
                        String.class))
                .hasSize(2)
                .allSatisfy(c -> assertThat(c).startsWith("utf8mb4"));
    }

    @Test
    void concurrent_appends_in_and_out_of_transactions_keep_one_unbroken_chain() throws Exception {
        long before = count();
        String marker = "it-concurrency-" + UUID.randomUUID();
        int threads = 8;
        int each = 30;
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        String detail = marker + " " + thread + "/" + i;
                        if (i % 2 == 0) {
                            // Two DONE entries of one transaction, appended together before its commit.
                            transaction.executeWithoutResult(status -> {
                                events.publishEvent(AuditEvent.done("t" + thread, "IT_TEST", null, detail + "a"));
                                events.publishEvent(AuditEvent.done("t" + thread, "IT_TEST", null, detail + "b"));
                            });
                        } else {
                            trail.record(AuditEvent.refused("t" + thread, "IT_TEST", null, detail));
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        int expected = threads * (each / 2) * 2 + threads * (each / 2);
        assertThat(count()).isEqualTo(before + expected);
        assertThat(jdbc.queryForObject("select count(distinct previous_hash) from audit_log", Long.class))
                .isEqualTo(count());
        AuditVerification result = verifier.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.checkedEntries()).isEqualTo(count());
    }

    @Test
    void four_byte_characters_are_hashed_as_stored_and_found_by_the_filter() {
        String rare = "𠮷野家的😀 " + UUID.randomUUID();
        trail.record(AuditEvent.done("admin", "IT_TEST", "test:" + rare, rare));

        assertThat(verifier.verify().intact()).isTrue();
        List<AuditRow> found =
                as("admin", () -> audit.entries(new AuditFilter(null, null, null, null, null, rare), 0, 10));
        assertThat(found).extracting(AuditRow::detail).containsExactly(rare);
        assertThat(as("admin", () -> audit.count(new AuditFilter(null, null, null, null, null, "100!%_x"))))
                .isZero();
    }

    @Test
    void a_rolled_back_transaction_leaves_no_entry() {
        String marker = "it-rollback-" + UUID.randomUUID();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            events.publishEvent(AuditEvent.done("admin", "IT_TEST", null, marker));
            status.setRollbackOnly();
        });

        assertThat(jdbc.queryForObject("select count(*) from audit_log where detail = ?", Long.class, marker))
                .isZero();
    }

    @Test
    void an_altered_row_is_found_on_the_real_database() {
        String marker = "it-alter-" + UUID.randomUUID();
        trail.record(AuditEvent.done("admin", "IT_TEST", null, marker));
        long id = jdbc.queryForObject("select id from audit_log where detail = ?", Long.class, marker);
        jdbc.update("update audit_log set actor = 'someone' where id = ?", id);
        try {
            AuditVerification result = verifier.verify();
            assertThat(result.brokenAt()).isEqualTo(id);
            assertThat(result.problem()).isEqualTo(Problem.ALTERED);
        } finally {
            jdbc.update("update audit_log set actor = 'admin' where id = ?", id);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from audit_log", Long.class);
    }
}
