package com.reportflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.audit.AuditVerification.Problem;
import com.reportflow.shared.AuditEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The hash chain: intact after many appends and under concurrent appends; an altered, deleted (middle and newest),
 * replaced or inserted row — tampered with plain JDBC, as someone with database access would — is reported with
 * the right entry. Every tampering is undone after its test: the database is shared by all tests.
 */
@SpringBootTest
@ActiveProfiles("test")
class AuditChainTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    AuditVerifyCommand command;

    @Autowired
    JdbcTemplate jdbc;

    private final List<Runnable> undo = new ArrayList<>();

    @AfterEach
    void undoTampering() {
        for (Runnable step : undo.reversed()) {
            step.run();
        }
        assertThat(verifier.verify().intact()).as("the chain is whole again").isTrue();
    }

    @Test
    void the_chain_is_intact_after_many_appends() {
        long before = count();
        String marker = marker();

        appendMany(marker, AuditVerifier.PAGE + 100);

        assertThat(count()).isEqualTo(before + AuditVerifier.PAGE + 100);
        AuditVerification result = verifier.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.checkedEntries()).isEqualTo(lastId());
        assertThat(result.checkedEntries()).isGreaterThan(AuditVerifier.PAGE);
    }

    @Test
    void an_altered_row_is_reported_with_its_id() {
        List<Long> ids = appendMany(marker(), 5);
        long altered = ids.get(2);
        String original = jdbc.queryForObject("select detail from audit_log where id = ?", String.class, altered);
        jdbc.update("update audit_log set detail = ? where id = ?", "nothing to see", altered);
        undo.add(() -> jdbc.update("update audit_log set detail = ? where id = ?", original, altered));

        AuditVerification result = verifier.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(altered);
        assertThat(result.problem()).isEqualTo(Problem.ALTERED);
        assertThat(result.checkedEntries()).isEqualTo(altered - 1);
    }

    @Test
    void a_row_deleted_in_the_middle_is_reported_with_its_id() {
        List<Long> ids = appendMany(marker(), 5);
        long deleted = ids.get(1);
        deleteRestorably(deleted);

        AuditVerification result = verifier.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(deleted);
        assertThat(result.problem()).isEqualTo(Problem.DELETED);
    }

    @Test
    void the_newest_rows_deleted_are_noticed_through_the_chain_head() {
        List<Long> ids = appendMany(marker(), 5);
        deleteRestorably(ids.get(4));
        deleteRestorably(ids.get(3));

        AuditVerification result = verifier.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(ids.get(3));
        assertThat(result.problem()).isEqualTo(Problem.DELETED);
    }

    @Test
    void a_row_inserted_after_the_newest_is_reported_even_with_a_correct_hash() {
        appendMany(marker(), 2);
        long newest = lastId();
        String newestHash = jdbc.queryForObject("select hash from audit_log where id = ?", String.class, newest);
        long forged = newest + 1;
        long at = System.currentTimeMillis();
        String hash = AuditHash.of(forged, at, "admin", "LOGIN", "user:admin", null, "DONE", null, newestHash);
        jdbc.update(
                "insert into audit_log (id, occurred_at_ms, actor, action, target, detail, outcome, remote_address,"
                        + " previous_hash, hash) values (?, ?, 'admin', 'LOGIN', 'user:admin', null, 'DONE', null, ?, ?)",
                forged,
                at,
                newestHash,
                hash);
        undo.add(() -> jdbc.update("delete from audit_log where id = ?", forged));

        AuditVerification result = verifier.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(forged);
        assertThat(result.problem()).isEqualTo(Problem.INSERTED);
    }

    @Test
    void a_row_replaced_by_a_forged_one_with_a_valid_hash_breaks_the_link_to_the_next() {
        List<Long> ids = appendMany(marker(), 4);
        long replaced = ids.get(1);
        Map<String, Object> row = jdbc.queryForMap("select * from audit_log where id = ?", replaced);
        long at = ((Number) row.get("occurred_at_ms")).longValue();
        String previous = (String) row.get("previous_hash");
        String forgedHash = AuditHash.of(replaced, at, "nobody", "LOGIN", null, null, "DONE", null, previous);
        jdbc.update(
                "update audit_log set actor = 'nobody', action = 'LOGIN', target = null, detail = null,"
                        + " outcome = 'DONE', remote_address = null, hash = ? where id = ?",
                forgedHash,
                replaced);
        undo.add(() -> restore(row));

        AuditVerification result = verifier.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(ids.get(2));
        assertThat(result.problem()).isEqualTo(Problem.CHAIN_BROKEN);
    }

    @Test
    void concurrent_appends_from_several_threads_keep_one_unbroken_chain() throws Exception {
        long before = count();
        String marker = marker();
        int threads = 8;
        int each = 40;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        trail.record(AuditEvent.refused("t" + thread, "CONCURRENCY_TEST", null, marker + " " + i));
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

        assertThat(count()).isEqualTo(before + threads * each);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where detail like ?", Long.class, marker + "%"))
                .isEqualTo(threads * each);
        assertThat(jdbc.queryForObject("select count(distinct previous_hash) from audit_log", Long.class))
                .isEqualTo(count());
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void the_verify_command_exits_with_0_when_intact_and_1_when_broken() {
        List<Long> ids = appendMany(marker(), 3);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        assertThat(command.verifyAndPrint(new PrintStream(printed, true, StandardCharsets.UTF_8)))
                .isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("Audit trail intact");

        long altered = ids.get(1);
        String original = jdbc.queryForObject("select actor from audit_log where id = ?", String.class, altered);
        jdbc.update("update audit_log set actor = 'someone else' where id = ?", altered);
        undo.add(() -> jdbc.update("update audit_log set actor = ? where id = ?", original, altered));
        printed.reset();

        assertThat(command.verifyAndPrint(new PrintStream(printed, true, StandardCharsets.UTF_8)))
                .isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("BROKEN at entry " + altered + ": ALTERED");
    }

    private List<Long> appendMany(String marker, int howMany) {
        for (int i = 0; i < howMany; i++) {
            trail.record(AuditEvent.done("admin", "CHAIN_TEST", "test:" + i, marker + " " + i));
        }
        return jdbc.queryForList("select id from audit_log where detail like ? order by id", Long.class, marker + " %");
    }

    private void deleteRestorably(long id) {
        Map<String, Object> row = jdbc.queryForMap("select * from audit_log where id = ?", id);
        jdbc.update("delete from audit_log where id = ?", id);
        undo.add(() -> insert(row));
    }

    private void restore(Map<String, Object> row) {
        jdbc.update("delete from audit_log where id = ?", row.get("id"));
        insert(row);
    }

    private void insert(Map<String, Object> row) {
        jdbc.update(
                "insert into audit_log (id, occurred_at_ms, actor, action, target, detail, outcome, remote_address,"
                        + " previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.get("id"),
                row.get("occurred_at_ms"),
                row.get("actor"),
                row.get("action"),
                row.get("target"),
                row.get("detail"),
                row.get("outcome"),
                row.get("remote_address"),
                row.get("previous_hash"),
                row.get("hash"));
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from audit_log", Long.class);
    }

    private long lastId() {
        return jdbc.queryForObject("select last_id from audit_chain_head", Long.class);
    }

    private static String marker() {
        return "chain-test-" + UUID.randomUUID();
    }
}
