package com.reportflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.calendar.LegalDeadlines;
import com.reportflow.calendar.ReportDeadlines;
import com.reportflow.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RiskTest {

    private static final ZoneId ZONE = ZoneOffset.UTC;
    /** The report on 2025 is due upward by 28 February 2026. */
    private static final int YEAR = 2025;

    @Test
    void an_open_step_past_its_due_time_is_overdue_by_whole_days() {
        Risk risk = risk("2026-01-10T08:00:00Z", "2026-01-07T17:00:00Z", false);
        assertThat(risk).isEqualTo(new Risk(Risk.Level.OVERDUE, Risk.Reason.TASK_OVERDUE, 3));
    }

    @Test
    void a_step_due_within_the_reminder_days_is_at_risk_and_one_due_later_on_track() {
        assertThat(risk("2026-01-10T08:00:00Z", "2026-01-12T17:00:00Z", false))
                .isEqualTo(new Risk(Risk.Level.AT_RISK, Risk.Reason.TASK_DUE_SOON, 2));
        assertThat(risk("2026-01-10T08:00:00Z", "2026-01-13T17:00:00Z", false)).isEqualTo(Risk.ON_TRACK);
    }

    @Test
    void unapproved_sections_near_the_legal_deadline_are_at_risk_and_after_it_overdue() {
        assertThat(risk("2026-02-01T08:00:00Z", null, true))
                .isEqualTo(new Risk(Risk.Level.AT_RISK, Risk.Reason.LEGAL_DEADLINE_NEAR, 27));
        assertThat(risk("2026-03-03T08:00:00Z", null, true))
                .isEqualTo(new Risk(Risk.Level.OVERDUE, Risk.Reason.LEGAL_DEADLINE_PASSED, 3));
        assertThat(risk("2026-01-01T08:00:00Z", null, true)).isEqualTo(Risk.ON_TRACK);
    }

    @Test
    void approved_work_is_not_at_risk_from_the_legal_deadline() {
        assertThat(risk("2026-03-03T08:00:00Z", null, false)).isEqualTo(Risk.ON_TRACK);
    }

    @Test
    void the_most_severe_reason_wins() {
        // Due soon, but the legal deadline has passed: overdue.
        assertThat(risk("2026-03-03T08:00:00Z", "2026-03-04T17:00:00Z", true).reason())
                .isEqualTo(Risk.Reason.LEGAL_DEADLINE_PASSED);
        // Overdue step near the legal deadline: overdue by the step.
        assertThat(risk("2026-02-20T08:00:00Z", "2026-02-18T17:00:00Z", true).reason())
                .isEqualTo(Risk.Reason.TASK_OVERDUE);
        // Both at risk: the fewer days left.
        assertThat(risk("2026-02-27T08:00:00Z", "2026-03-01T17:00:00Z", true))
                .isEqualTo(new Risk(Risk.Level.AT_RISK, Risk.Reason.LEGAL_DEADLINE_NEAR, 1));
    }

    private static Risk risk(String now, String dueAt, boolean unapproved) {
        Instant at = Instant.parse(now);
        ReportDeadlines deadlines = new ReportDeadlines(
                LegalDeadlines.of(YEAR, null, WorkingCalendar.weekdaysOnly()), LocalDate.ofInstant(at, ZONE));
        return Risk.of(dueAt == null ? null : Instant.parse(dueAt), unapproved, deadlines, at, ZONE, 2, 30);
    }
}
