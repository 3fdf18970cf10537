package com.reportflow.shared;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a unit of work in one transaction (application and engine data together) and repeats it a bounded number
 * of times when the database reports a lost race: an optimistic-lock conflict or a deadlock. Only work that reads
 * its state afresh inside the transaction may use it; such work is safe to repeat because the failed attempt
 * rolled back completely.
 */
@Component
public class ConflictRetry {

    static final int ATTEMPTS = 4;

    private final TransactionTemplate transactions;

    public ConflictRetry(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public <T> T inTransaction(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> work.get());
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isLostRace(e)) {
                    if (isLostRace(e)) {
                        throw new UserFacingException("error.concurrent-update");
                    }
                    throw e;
                }
                sleepBriefly(attempt);
            }
        }
    }

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    static boolean isLostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrencyFailureException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && ("40001".equals(sql.getSQLState())
                            || sql.getErrorCode() == 1213
                            || sql.getErrorCode() == 1205)) {
                return true;
            }
        }
        return false;
    }

    private static void sleepBriefly(int attempt) {
        try {
            Thread.sleep(20L * attempt + (long) (Math.random() * 30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserFacingException("error.concurrent-update");
        }
    }
}
