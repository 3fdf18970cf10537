package com.reportflow.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

class DatabaseOutageTest {

    @Test
    void a_rollback_that_fails_because_the_broken_connection_is_closed_is_an_outage() {
        // What a save meets when the database goes away mid-transaction: the statement fails, then the rollback on the
        // connection Hikari has already closed fails too, and Spring throws the rollback's exception instead.
        RuntimeException failure = new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));

        assertThat(DatabaseOutage.causes(failure)).isTrue();
    }

    @Test
    void a_connection_exception_by_its_sql_state_is_an_outage() {
        RuntimeException failure = new IllegalStateException(new SQLException("Communications link failure", "08S01"));

        assertThat(DatabaseOutage.causes(failure)).isTrue();
    }

    @Test
    void an_outage_kept_as_a_suppressed_exception_is_found() {
        RuntimeException failure = new IllegalStateException("rollback failed");
        failure.addSuppressed(new SQLException("Communications link failure", "08S01"));

        assertThat(DatabaseOutage.causes(failure)).isTrue();
    }

    @Test
    void a_constraint_violation_or_a_bug_is_not_an_outage() {
        assertThat(DatabaseOutage.causes(
                        new DataIntegrityViolationException("duplicate", new SQLException("dup", "23000"))))
                .isFalse();
        assertThat(DatabaseOutage.causes(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseOutage.causes(new JpaSystemException(new TransactionException("Transaction not active"))))
                .isFalse();
    }
}
