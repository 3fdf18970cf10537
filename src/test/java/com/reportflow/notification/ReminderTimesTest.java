package com.reportflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;

class ReminderTimesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:30:00Z");
    private final ReminderTimes times = new ReminderTimes(Clock.fixed(NOW, ZoneOffset.UTC), 2);

    @Test
    void a_task_due_later_is_reminded_the_given_number_of_days_before_it_is_due() {
        Instant due = Instant.parse("2026-12-01T15:59:59Z");

        assertThat(times.reminderAt(Date.from(due)).toInstant()).isEqualTo(Instant.parse("2026-11-29T15:59:59Z"));
    }

    @Test
    void a_task_that_opens_closer_to_its_due_date_than_that_is_reminded_at_once() {
        assertThat(times.reminderAt(Date.from(NOW.plus(Duration.ofDays(1)))).toInstant())
                .isEqualTo(NOW);
        assertThat(times.reminderAt(Date.from(NOW.plus(Duration.ofDays(2)))).toInstant())
                .isEqualTo(NOW);
        assertThat(times.reminderAt(Date.from(NOW.minus(Duration.ofDays(3)))).toInstant())
                .isEqualTo(NOW);
    }

    @Test
    void a_task_is_overdue_from_its_due_moment_on() {
        assertThat(times.overdue(NOW.plusSeconds(1))).isFalse();
        assertThat(times.overdue(NOW)).isTrue();
        assertThat(times.overdue(NOW.minusSeconds(1))).isTrue();
        assertThat(times.overdue(null)).as("a task without a due date").isFalse();
    }

    @Test
    void a_negative_number_of_days_is_a_configuration_error() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

        assertThatThrownBy(() -> new ReminderTimes(clock, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reportflow.reminder-days-before");
    }
}
