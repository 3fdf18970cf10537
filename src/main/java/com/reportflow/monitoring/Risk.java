package com.reportflow.monitoring;

import com.reportflow.calendar.Deadline;
import com.reportflow.calendar.ReportDeadlines;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Why an item is overdue or at risk, and by how many days.
 *
 * <ul>
 *   <li>{@link Reason#NOBODY_CAN_ACT}: the open step waits for people none of whom is active any more (its office has
 *       no active head, its holder was deactivated …): it never moves without the coordinator (blocked, worst);
 *   <li>{@link Reason#TASK_OVERDUE}: the open step's due time has passed (overdue);
 *   <li>{@link Reason#LEGAL_DEADLINE_PASSED}: sections are still unapproved after the report's earliest legal
 *       deadline (overdue);
 *   <li>{@link Reason#TASK_DUE_SOON}: the open step is due within {@code reportflow.reminder-days-before} days, the
 *       window in which its holder is reminded (at risk);
 *   <li>{@link Reason#LEGAL_DEADLINE_NEAR}: sections are still unapproved and the report's earliest legal deadline
 *       is within {@code reportflow.monitoring.deadline-near-days} days (at risk).
 * </ul>
 *
 * The most severe reason wins; between two of the same level the one with fewer days left.
 */
public record Risk(Level level, Reason reason, long days) {

    public enum Level {
        BLOCKED,
        OVERDUE,
        AT_RISK,
        ON_TRACK
    }

    public enum Reason {
        NOBODY_CAN_ACT,
        TASK_OVERDUE,
        LEGAL_DEADLINE_PASSED,
        TASK_DUE_SOON,
        LEGAL_DEADLINE_NEAR,
        NONE
    }

    static final Risk ON_TRACK = new Risk(Level.ON_TRACK, Reason.NONE, 0);
    static final Risk NOBODY_CAN_ACT = new Risk(Level.BLOCKED, Reason.NOBODY_CAN_ACT, 0);

    /** The translation key of the reason, whose argument is {@link #days()}. */
    public String translationKey() {
        return "monitoring.risk." + reason.name();
    }

    /**
     * @param dueAt the open step's due time, or null
     * @param unapproved whether sections of the report are still unapproved (for a section: whether it is)
     */
    static Risk of(
            Instant dueAt,
            boolean unapproved,
            ReportDeadlines deadlines,
            Instant now,
            ZoneId zone,
            int reminderDays,
            int deadlineNearDays) {
        Risk risk = ON_TRACK;
        if (dueAt != null) {
            LocalDate today = LocalDate.ofInstant(now, zone);
            long daysLeft = ChronoUnit.DAYS.between(today, LocalDate.ofInstant(dueAt, zone));
            if (dueAt.isBefore(now)) {
                risk = new Risk(Level.OVERDUE, Reason.TASK_OVERDUE, Math.max(-daysLeft, 0));
            } else if (daysLeft <= reminderDays) {
                risk = new Risk(Level.AT_RISK, Reason.TASK_DUE_SOON, daysLeft);
            }
        }
        if (unapproved && deadlines != null) {
            Deadline binding = deadlines.legal().binding();
            long daysLeft = deadlines.daysLeft(binding);
            Risk legal = daysLeft < 0
                    ? new Risk(Level.OVERDUE, Reason.LEGAL_DEADLINE_PASSED, -daysLeft)
                    : daysLeft <= deadlineNearDays
                            ? new Risk(Level.AT_RISK, Reason.LEGAL_DEADLINE_NEAR, daysLeft)
                            : ON_TRACK;
            risk = worse(risk, legal);
        }
        return risk;
    }

    private static Risk worse(Risk a, Risk b) {
        if (a.level != b.level) {
            return a.level.compareTo(b.level) <= 0 ? a : b;
        }
        if (a.level == Level.ON_TRACK) {
            return a;
        }
        // Overdue: the longer overdue is worse; at risk: the fewer days left is worse.
        boolean aWorse = a.level == Level.OVERDUE ? a.days >= b.days : a.days <= b.days;
        return aWorse ? a : b;
    }
}
