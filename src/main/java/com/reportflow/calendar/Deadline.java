package com.reportflow.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One legal deadline of a report: the last day on which the act is still in time, and the provision that sets it
 * ({@code legalBasis} is the translation key of its citation, {@code deadline.basis.KIND}).
 */
public record Deadline(Kind kind, LocalDate due, String legalBasis) {

    public enum Kind {
        /** To the Party committee, the government and the superior department: before 1 March. */
        SUBMISSION,
        /** To the public: before 1 April. */
        DISCLOSURE,
        /** Publication within 20 working days of the written date (成文日期). */
        TWENTY_WORKING_DAYS;

        public String nameKey() {
            return "deadline.kind." + name();
        }

        public String basisKey() {
            return "deadline.basis." + name();
        }
    }

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(legalBasis, "legalBasis");
    }

    static Deadline of(Kind kind, LocalDate due) {
        return new Deadline(kind, due, kind.basisKey());
    }

    /** Calendar days from {@code today} to the due day: 0 on the due day itself, negative once it has passed. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, due);
    }

    /** Whether something done on {@code date} would be late. */
    public boolean isMissedBy(LocalDate date) {
        return date.isAfter(due);
    }
}
