package com.reportflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = Notice2026.calendar();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void an_ordinary_week_works_monday_to_friday() {
        // 2026-03-09 is a Monday with nothing announced around it.
        assertThat(calendar.isWorkingDay(date("2026-03-09"))).isTrue();
        assertThat(calendar.isWorkingDay(date("2026-03-13"))).isTrue();
        assertThat(calendar.isWorkingDay(date("2026-03-14"))).isFalse();
        assertThat(calendar.isWorkingDay(date("2026-03-15"))).isFalse();
    }

    @Test
    void a_holiday_weekday_is_off_and_a_make_up_weekend_day_is_worked() {
        assertThat(calendar.isWorkingDay(date("2026-02-16"))).as("Monday in 春节").isFalse();
        assertThat(calendar.isWorkingDay(date("2026-02-14")))
                .as("make-up Saturday")
                .isTrue();
        assertThat(calendar.isWorkingDay(date("2026-01-04")))
                .as("make-up Sunday")
                .isTrue();
        assertThat(calendar.isWorkingDay(date("2026-10-10")))
                .as("make-up Saturday after 国庆")
                .isTrue();
    }

    @Test
    void the_start_day_is_never_counted() {
        assertThat(calendar.plusWorkingDays(date("2026-03-09"), 1)).isEqualTo(date("2026-03-10"));
        assertThat(calendar.plusWorkingDays(date("2026-03-13"), 1))
                .as("Friday → Monday")
                .isEqualTo(date("2026-03-16"));
        assertThat(calendar.plusWorkingDays(date("2026-03-14"), 1))
                .as("from a Saturday")
                .isEqualTo(date("2026-03-16"));
        assertThat(calendar.plusWorkingDays(date("2026-03-14"), 0)).isEqualTo(date("2026-03-14"));
    }

    @Test
    void counting_across_spring_festival_skips_nine_days_off_and_uses_both_make_up_saturdays() {
        LocalDate fridayBefore = date("2026-02-13");

        assertThat(calendar.plusWorkingDays(fridayBefore, 1)).isEqualTo(date("2026-02-14"));
        assertThat(calendar.plusWorkingDays(fridayBefore, 2)).isEqualTo(date("2026-02-24"));
        assertThat(calendar.plusWorkingDays(fridayBefore, 6)).isEqualTo(date("2026-02-28"));
        assertThat(calendar.plusWorkingDays(fridayBefore, 7)).isEqualTo(date("2026-03-02"));
        assertThat(WorkingCalendar.weekdaysOnly().plusWorkingDays(fridayBefore, 2))
                .as("without the notice")
                .isEqualTo(date("2026-02-17"));
    }

    @Test
    void counting_across_mid_autumn_and_national_day_uses_the_make_up_sunday_and_saturday() {
        assertThat(calendar.plusWorkingDays(date("2026-09-18"), 1))
                .as("Sunday 9月20日 is worked")
                .isEqualTo(date("2026-09-20"));
        assertThat(calendar.plusWorkingDays(date("2026-09-24"), 1))
                .as("中秋 Friday off")
                .isEqualTo(date("2026-09-28"));
        assertThat(calendar.plusWorkingDays(date("2026-09-30"), 1)).isEqualTo(date("2026-10-08"));
        assertThat(calendar.plusWorkingDays(date("2026-10-09"), 1)).isEqualTo(date("2026-10-10"));
        assertThat(calendar.workingDaysBetween(date("2026-09-19"), date("2026-10-11")))
                .as("9-20, 9-21..24, 9-28..30, 10-8, 10-9, 10-10")
                .isEqualTo(11);
    }

    @Test
    void counting_crosses_the_year_boundary_into_new_year_holidays() {
        assertThat(calendar.plusWorkingDays(date("2025-12-31"), 1))
                .as("1-3 January off, Sunday 4th worked")
                .isEqualTo(date("2026-01-04"));
        assertThat(calendar.plusWorkingDays(date("2025-12-31"), 2)).isEqualTo(date("2026-01-05"));
        assertThat(calendar.plusWorkingDays(date("2026-01-04"), -1)).isEqualTo(date("2025-12-31"));
        assertThat(calendar.plusWorkingDays(date("2026-12-31"), 1))
                .as("2027 has no entries here")
                .isEqualTo(date("2027-01-01"));
        assertThat(calendar.workingDaysBetween(date("2025-12-30"), date("2026-01-05")))
                .isEqualTo(3);
    }

    @Test
    void counting_back_skips_the_same_days_as_counting_forward() {
        assertThat(calendar.plusWorkingDays(date("2026-02-24"), -1)).isEqualTo(date("2026-02-14"));
        assertThat(calendar.plusWorkingDays(date("2026-02-24"), -2)).isEqualTo(date("2026-02-13"));
        assertThat(calendar.plusWorkingDays(date("2026-05-11"), -1))
                .as("Saturday 9 May is worked")
                .isEqualTo(date("2026-05-09"));
    }

    @Test
    void the_count_between_two_days_undoes_adding_working_days_for_every_day_of_the_year() {
        for (LocalDate d = date("2025-12-01"); d.isBefore(date("2027-01-31")); d = d.plusDays(1)) {
            for (int n : new int[] {0, 1, 2, 5, 20, 45}) {
                LocalDate later = calendar.plusWorkingDays(d, n);
                assertThat(calendar.workingDaysBetween(d, later))
                        .as(d + " + " + n)
                        .isEqualTo(n);
                assertThat(calendar.workingDaysBetween(later, d))
                        .as(d + " + " + n + " reversed")
                        .isEqualTo(-n);
                assertThat(n == 0 || calendar.isWorkingDay(later))
                        .as(d + " + " + n + " lands on a working day")
                        .isTrue();
            }
        }
    }

    @Test
    void a_date_cannot_be_both_a_holiday_and_a_workday() {
        assertThatThrownBy(() -> new WorkingCalendar(List.of(
                        new CalendarDay(date("2026-02-14"), CalendarDay.Kind.WORKDAY, "春节"),
                        new CalendarDay(date("2026-02-14"), CalendarDay.Kind.HOLIDAY, "春节"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-02-14");
    }

    @Test
    void the_stored_days_are_listed_by_year_in_date_order() {
        assertThat(calendar.years()).containsExactly(2026);
        assertThat(calendar.days(2026))
                .hasSize(39)
                .first()
                .isEqualTo(new CalendarDay(date("2026-01-01"), CalendarDay.Kind.HOLIDAY, "元旦"));
        assertThat(calendar.days(2026).getLast().date()).isEqualTo(date("2026-10-10"));
        assertThat(calendar.days(2025)).isEmpty();
        assertThat(calendar.day(date("2026-02-28"))).map(CalendarDay::kind).contains(CalendarDay.Kind.WORKDAY);
        assertThat(calendar.day(date("2026-03-02"))).isEmpty();
    }
}
