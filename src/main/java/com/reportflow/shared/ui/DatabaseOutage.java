package com.reportflow.shared.ui;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure that means the database cannot be reached (stopped, restarting, network gone), as opposed to
 * a bug: the person is then told so, and that nothing was saved, instead of "an unexpected error".
 */
final class DatabaseOutage {

    /** SQLSTATE class 08: connection exception (SQL standard; MySQL's link failure is 08S01). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    /**
     * What Hikari says when a connection it has already evicted as broken is used again: after a statement failed on
     * a lost link, the rollback meets it, and Spring throws the rollback's failure in place of the statement's.
     */
    private static final String CLOSED_BY_POOL = "Connection is closed";

    private DatabaseOutage() {}

    static boolean causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.push(failure);
        while (!pending.isEmpty()) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (isOutage(t)) {
                return true;
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                pending.push(suppressed);
            }
        }
        return false;
    }

    private static boolean isOutage(Throwable t) {
        if (t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException
                || t instanceof CannotCreateTransactionException
                || t instanceof DataAccessResourceFailureException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            return (state != null && state.startsWith(CONNECTION_EXCEPTION_CLASS))
                    || (state == null && CLOSED_BY_POOL.equals(sql.getMessage()));
        }
        return false;
    }
}
