package com.reportflow.publication;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 索引号: organisation code / year - five-digit serial, e.g. 11500101008630200X/2026-00001. The serial row is
 * locked for the rest of the transaction, so two publications can never draw the same number.
 */
@Component
class IndexNumbers {

    private final JdbcTemplate jdbc;

    IndexNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(String organisationCode, int year) {
        Integer last = jdbc.query(
                "select last_serial from index_number_serial where organisation_code = ? and serial_year = ? for update",
                rs -> rs.next() ? rs.getInt(1) : null,
                organisationCode,
                year);
        int serial;
        if (last == null) {
            serial = 1;
            try {
                jdbc.update(
                        "insert into index_number_serial (organisation_code, serial_year, last_serial) "
                                + "values (?, ?, ?)",
                        organisationCode,
                        year,
                        serial);
            } catch (DuplicateKeyException e) {
                // A missing row cannot be locked: another publication drew the year's first serial at the same
                // moment. A lost race, which ConflictRetry repeats; the row is there to lock the next time.
                throw new ConcurrencyFailureException("The first serial of " + year + " was drawn concurrently", e);
            }
        } else {
            serial = last + 1;
            jdbc.update(
                    "update index_number_serial set last_serial = ? where organisation_code = ? and serial_year = ?",
                    serial,
                    organisationCode,
                    year);
        }
        if (serial > 99_999) {
            throw new IllegalStateException("Index number serials exhausted for " + year);
        }
        return "%s/%d-%05d".formatted(organisationCode, year, serial);
    }
}
