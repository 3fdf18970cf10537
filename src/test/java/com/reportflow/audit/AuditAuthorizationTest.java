package com.reportflow.audit;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.AuditEvent;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.UserFacingException;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Only the admin reads, exports or verifies the trail, checked in the service whatever the screen shows; each
 * refusal is itself recorded. Hostile filter input is refused with a message or matched literally, and changes
 * nothing.
 */
@SpringBootTest
@ActiveProfiles("test")
class AuditAuthorizationTest {

    private static final List<String> NOT_ADMIN = List.of(
            "coordinator",
            "author",
            "author2",
            "officehead",
            "hr",
            "inspector",
            "policy",
            "advisor",
            "secretary",
            "director");

    @Autowired
    AuditService audit;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "coordinator",
                "author",
                "author2",
                "officehead",
                "hr",
                "inspector",
                "policy",
                "advisor",
                "secretary",
                "director"
            })
    void every_role_but_the_admin_is_refused_every_operation_and_each_refusal_is_recorded(String username) {
        assertThat(NOT_ADMIN).contains(username);
        refusedAndRecorded(username, "AuditService.entries", () -> audit.entries(AuditFilter.NONE, 0, 50));
        refusedAndRecorded(username, "AuditService.count", () -> audit.count(AuditFilter.NONE));
        refusedAndRecorded(username, "AuditService.check", () -> audit.check(AuditFilter.NONE));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        refusedAndRecorded(username, "AuditService.exportCsv", () -> audit.exportCsv(AuditFilter.NONE, csv));
        assertThat(csv.size()).as("nothing written before the refusal").isZero();
        refusedAndRecorded(username, "AuditService.verify", () -> audit.verify());
    }

    @Test
    void nobody_signed_in_is_refused_too() {
        assertThatThrownBy(() -> audit.entries(AuditFilter.NONE, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.verify()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_admin_reads_exports_and_verifies_and_the_export_and_verification_are_recorded() {
        String marker = "authz-test-" + UUID.randomUUID();
        trail.record(AuditEvent.done("admin", "AUTHZ_TEST", "test:1", marker));
        AuditFilter mine = new AuditFilter(null, null, null, null, null, null);

        List<AuditRow> newest = as("admin", () -> audit.entries(mine, 0, 5));
        assertThat(newest.getFirst().detail()).isEqualTo(marker);
        assertThat(as("admin", () -> audit.verify()).intact()).isTrue();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        as("admin", () -> audit.exportCsv(new AuditFilter(null, null, null, "AUTHZ_TEST", null, null), csv));

        assertThat(csv.toString(java.nio.charset.StandardCharsets.UTF_8)).contains(marker);
        assertThat(count("AUDIT_VERIFIED")).isPositive();
        assertThat(count("AUDIT_EXPORTED")).isPositive();
    }

    @Test
    void hostile_filter_text_is_refused_with_a_message_and_changes_nothing() {
        long before = total();
        expectRefusal(filterText("a\u0000b"), "error.control-characters");
        expectRefusal(filterText("a\u001bb"), "error.control-characters");
        expectRefusal(filterText("line\nbreak"), "error.control-characters");
        expectRefusal(filterText("x".repeat(AuditService.MAX_FILTER_LENGTH + 1)), "error.too-long");
        expectRefusal(filterText("\uD800"), "error.control-characters");
        expectRefusal(
                new AuditFilter(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), null, null, null, null),
                "error.audit.dates-reversed");
        expectRefusal(
                new AuditFilter(LocalDate.of(99999, 1, 1), null, null, null, null, null), "error.audit.year-range");
        // Refusals of input are not refusals of access: nothing is written.
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void markup_entities_quotes_and_wildcards_are_matched_literally_and_change_nothing() {
        String marker = UUID.randomUUID().toString();
        trail.record(AuditEvent.done("admin", "LITERAL_TEST", "test:100%_" + marker, null));
        long before = total();

        for (String hostile : List.of(
                "<script>alert(1)</script>",
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;",
                "'; delete from audit_log; --",
                "%",
                "_",
                "!",
                "𠮷😀")) {
            AuditFilter filter = new AuditFilter(null, null, hostile, hostile, null, hostile);
            assertThat(as("admin", () -> audit.entries(filter, 0, 10))).isEmpty();
        }
        List<AuditRow> literal = as(
                "admin", () -> audit.entries(new AuditFilter(null, null, null, null, null, "100%_" + marker), 0, 10));
        assertThat(literal).extracting(AuditRow::target).containsExactly("test:100%_" + marker);
        assertThat(as("admin", () -> audit.count(new AuditFilter(null, null, null, null, null, "100!_" + marker))))
                .isZero();

        assertThat(total()).isEqualTo(before);
        assertThat(as("admin", () -> audit.verify()).intact()).isTrue();
    }

    private void refusedAndRecorded(String username, String method, Runnable operation) {
        long before = jdbc.queryForObject(
                "select count(*) from audit_log where outcome = 'REFUSED' and actor = ? and detail = ?",
                Long.class,
                username,
                method);
        assertThatThrownBy(() -> as(username, operation)).isInstanceOf(AccessDeniedException.class);
        long after = jdbc.queryForObject(
                "select count(*) from audit_log where outcome = 'REFUSED' and actor = ? and detail = ?",
                Long.class,
                username,
                method);
        assertThat(after).as(method + " refused for " + username).isEqualTo(before + 1);
    }

    private void expectRefusal(AuditFilter filter, String key) {
        for (Consumer<AuditFilter> operation : List.<Consumer<AuditFilter>>of(
                f -> audit.entries(f, 0, 10),
                f -> audit.count(f),
                f -> audit.exportCsv(f, new ByteArrayOutputStream()))) {
            assertThatThrownBy(() -> as("admin", () -> operation.accept(filter)))
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey())
                    .isEqualTo(key);
        }
    }

    private static AuditFilter filterText(String text) {
        return new AuditFilter(null, null, text, null, null, null);
    }

    private long count(String action) {
        return jdbc.queryForObject("select count(*) from audit_log where action = ?", Long.class, action);
    }

    private long total() {
        return jdbc.queryForObject("select count(*) from audit_log", Long.class);
    }
}
