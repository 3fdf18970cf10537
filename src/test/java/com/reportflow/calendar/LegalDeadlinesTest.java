package com.reportflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegalDeadlinesTest {

    private final WorkingCalendar calendar = Notice2026.calendar();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void the_report_on_2025_is_submitted_by_28_february_and_disclosed_by_31_march_2026() {
        LegalDeadlines deadlines = LegalDeadlines.of(2025, null, calendar);

        assertThat(deadlines.submission().due()).isEqualTo(date("2026-02-28"));
        assertThat(deadlines.disclosure().due()).isEqualTo(date("2026-03-31"));
        assertThat(deadlines.submission().legalBasis()).isEqualTo("deadline.basis.SUBMISSION");
        assertThat(deadlines.disclosure().legalBasis()).isEqualTo("deadline.basis.DISCLOSURE");
    }

    @Test
    void before_1_march_in_a_leap_year_leaves_29_february() {
        LegalDeadlines deadlines = LegalDeadlines.of(2027, null, WorkingCalendar.weekdaysOnly());

        assertThat(deadlines.submission().due()).isEqualTo(date("2028-02-29"));
        assertThat(deadlines.submission().isMissedBy(date("2028-02-29"))).isFalse();
        assertThat(deadlines.submission().isMissedBy(date("2028-03-01"))).isTrue();
    }

    @Test
    void without_a_written_date_only_the_fixed_deadlines_apply_and_31_march_binds_publication() {
        LegalDeadlines deadlines = LegalDeadlines.of(2025, null, calendar);

        assertThat(deadlines.twentyWorkingDays()).isEmpty();
        assertThat(deadlines.all())
                .extracting(Deadline::kind)
                .containsExactly(Deadline.Kind.SUBMISSION, Deadline.Kind.DISCLOSURE);
        assertThat(deadlines.publicationDue()).isEqualTo(date("2026-03-31"));
    }

    @Test
    void written_on_the_friday_before_spring_festival_the_twenty_days_run_to_19_march() {
        LegalDeadlines deadlines = LegalDeadlines.of(2025, date("2026-02-13"), calendar);

        // 2-14 (make-up Saturday), 2-24..27, 2-28 (make-up Saturday), then 14 weekdays from 2 March.
        assertThat(deadlines.twentyWorkingDays()).map(Deadline::due).contains(date("2026-03-19"));
        assertThat(deadlines.twentyWorkingDays())
                .map(Deadline::legalBasis)
                .contains("deadline.basis.TWENTY_WORKING_DAYS");
        assertThat(LegalDeadlines.of(2025, date("2026-02-13"), WorkingCalendar.weekdaysOnly())
                        .publicationDue())
                .as("a calendar without the notice would be a week too early")
                .isEqualTo(date("2026-03-13"));
    }

    @Test
    void the_twenty_working_days_bind_when_they_end_before_31_march() {
        LegalDeadlines deadlines = LegalDeadlines.of(2025, date("2026-02-13"), calendar);

        assertThat(deadlines.publication().kind()).isEqualTo(Deadline.Kind.TWENTY_WORKING_DAYS);
        assertThat(deadlines.publicationDue()).isEqualTo(date("2026-03-19"));
    }

    @Test
    void the_31_march_binds_when_the_report_is_written_late() {
        // From 10 March, twenty working days run past 清明 (4-6 April) to 8 April.
        LegalDeadlines deadlines = LegalDeadlines.of(2025, date("2026-03-10"), calendar);

        assertThat(deadlines.twentyWorkingDays()).map(Deadline::due).contains(date("2026-04-08"));
        assertThat(deadlines.publication().kind()).isEqualTo(Deadline.Kind.DISCLOSURE);
        assertThat(deadlines.publicationDue()).isEqualTo(date("2026-03-31"));
    }

    @Test
    void written_early_the_twenty_days_end_before_the_submission_deadline_and_bind_every_task() {
        // 21 January + 18 weekdays to 13 February, the make-up Saturday 14 February, then 24 February.
        LegalDeadlines deadlines = LegalDeadlines.of(2025, date("2026-01-20"), calendar);

        assertThat(deadlines.all())
                .extracting(Deadline::kind)
                .containsExactly(Deadline.Kind.TWENTY_WORKING_DAYS, Deadline.Kind.SUBMISSION, Deadline.Kind.DISCLOSURE);
        assertThat(deadlines.binding().due()).isEqualTo(date("2026-02-24"));
        assertThat(deadlines.wouldMiss(date("2026-02-24"))).isFalse();
        assertThat(deadlines.wouldMiss(date("2026-02-25"))).isTrue();
    }

    @Test
    void a_task_due_after_the_last_day_of_february_would_miss_the_submission() {
        LegalDeadlines deadlines = LegalDeadlines.of(2025, date("2026-02-13"), calendar);

        assertThat(deadlines.binding().kind()).isEqualTo(Deadline.Kind.SUBMISSION);
        assertThat(deadlines.wouldMiss(date("2026-02-27"))).isFalse();
        assertThat(deadlines.wouldMiss(date("2026-02-28"))).isFalse();
        assertThat(deadlines.wouldMiss(date("2026-03-01"))).isTrue();
    }

    @Test
    void days_left_are_calendar_days_zero_on_the_due_day_and_negative_after_it() {
        Deadline submission = LegalDeadlines.of(2025, null, calendar).submission();

        assertThat(submission.daysLeft(date("2026-02-20"))).isEqualTo(8);
        assertThat(submission.daysLeft(date("2026-02-28"))).isZero();
        assertThat(submission.daysLeft(date("2026-03-02"))).isEqualTo(-2);
        assertThat(List.of(Deadline.Kind.values()))
                .extracting(Deadline.Kind::nameKey)
                .containsExactly(
                        "deadline.kind.SUBMISSION", "deadline.kind.DISCLOSURE", "deadline.kind.TWENTY_WORKING_DAYS");
    }
}
