package com.reportflow.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * When the reminder timer of a task fires: a set number of days before the task is due. A task whose due date is
 * already that close when it opens (a check due in fewer days, a returned section given a short period) is reminded
 * at once, so nobody learns of a near deadline only when it has passed.
 */
final class ReminderTimes {

    private final Clock clock;
    private final Duration lead;

    ReminderTimes(Clock clock, int daysBefore) {
        if (daysBefore < 0) {
            throw new IllegalArgumentException("reportflow.reminder-days-before must not be negative: " + daysBefore);
        }
        this.clock = clock;
        this.lead = Duration.ofDays(daysBefore);
    }

    Date reminderAt(Date due) {
        Instant now = clock.instant();
        Instant reminder = due.toInstant().minus(lead);
        return Date.from(reminder.isAfter(now) ? reminder : now);
    }

    /** Whether a task due at this moment is overdue now: then the escalation, not a reminder, tells its holder. */
    boolean overdue(Instant due) {
        return due != null && !due.isAfter(clock.instant());
    }
}
