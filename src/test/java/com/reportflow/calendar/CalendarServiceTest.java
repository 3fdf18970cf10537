package com.reportflow.calendar;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.UserFacingException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class CalendarServiceTest {

    // Edits happen in a year no shipped file covers, and are undone after each test: other tests share the database.
    private static final int EDIT_YEAR = 2031;
    private static final LocalDate FRIDAY = LocalDate.of(EDIT_YEAR, 2, 28);
    private static final LocalDate SATURDAY = LocalDate.of(EDIT_YEAR, 3, 1);
    private static final LocalDate MONDAY = LocalDate.of(EDIT_YEAR, 3, 3);

    @Autowired
    CalendarService service;

    @Autowired
    DeadlinesService deadlines;

    @Autowired
    ShippedCalendar shipped;

    @Autowired
    Clock clock;

    @AfterEach
    void undoEdits() {
        for (CalendarDay day : service.days(EDIT_YEAR)) {
            as("admin", () -> service.clearDay(day.date()));
        }
    }

    @Test
    void the_shipped_2026_notice_and_the_2027_statutory_days_are_loaded_at_start() {
        assertThat(service.days(2026))
                .containsExactlyElementsOf(Notice2026.days().stream()
                        .sorted(java.util.Comparator.comparing(CalendarDay::date))
                        .toList());
        assertThat(service.days(2027)).hasSize(13);
        assertThat(service.calendar().isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(service.years()).contains(2026, 2027, LocalDate.now(clock).getYear());
    }

    @Test
    void the_deadlines_are_counted_on_the_stored_calendar_as_of_today() {
        ReportDeadlines report = deadlines.deadlines(2025, LocalDate.of(2026, 2, 13));

        assertThat(report.legal().publicationDue()).isEqualTo(LocalDate.of(2026, 3, 19));
        assertThat(report.legal().submission().due()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(report.today()).isEqualTo(LocalDate.now(clock));
        assertThat(report.daysLeft(report.legal().submission()))
                .isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(clock), LocalDate.of(2026, 2, 28)));
        assertThat(report.passed())
                .isEqualTo(report.legal().all().stream()
                        .filter(d -> d.due().isBefore(LocalDate.now(clock)))
                        .toList());
    }

    @Test
    void the_admin_adds_a_holiday_and_a_make_up_day_and_the_arithmetic_follows() {
        assertThat(service.calendar().plusWorkingDays(FRIDAY, 1)).isEqualTo(MONDAY);

        as("admin", () -> service.setDay(MONDAY, CalendarDay.Kind.HOLIDAY, "地方假日"));
        assertThat(service.calendar().plusWorkingDays(FRIDAY, 1)).isEqualTo(MONDAY.plusDays(1));

        as("admin", () -> service.setDay(SATURDAY, CalendarDay.Kind.WORKDAY, "地方调休"));
        assertThat(service.calendar().plusWorkingDays(FRIDAY, 1)).isEqualTo(SATURDAY);
        assertThat(service.days(EDIT_YEAR))
                .containsExactly(
                        new CalendarDay(SATURDAY, CalendarDay.Kind.WORKDAY, "地方调休"),
                        new CalendarDay(MONDAY, CalendarDay.Kind.HOLIDAY, "地方假日"));

        as("admin", () -> service.setDay(SATURDAY, CalendarDay.Kind.HOLIDAY, "  改为放假 "));
        assertThat(service.days(EDIT_YEAR))
                .first()
                .isEqualTo(new CalendarDay(SATURDAY, CalendarDay.Kind.HOLIDAY, "改为放假"));

        as("admin", () -> service.clearDay(MONDAY));
        as("admin", () -> service.clearDay(SATURDAY));
        assertThat(service.calendar().plusWorkingDays(FRIDAY, 1)).isEqualTo(MONDAY);
    }

    @Test
    void an_edit_of_the_2026_notice_moves_the_twenty_day_deadline() {
        LocalDate makeUpSaturday = LocalDate.of(2026, 2, 28);
        try {
            as("admin", () -> service.clearDay(makeUpSaturday));
            assertThat(deadlines
                            .deadlines(2025, LocalDate.of(2026, 2, 13))
                            .legal()
                            .publicationDue())
                    .isEqualTo(LocalDate.of(2026, 3, 20));
        } finally {
            as("admin", () -> service.setDay(makeUpSaturday, CalendarDay.Kind.WORKDAY, "春节"));
        }
        assertThat(deadlines.deadlines(2025, LocalDate.of(2026, 2, 13)).legal().publicationDue())
                .isEqualTo(LocalDate.of(2026, 3, 19));
    }

    @Test
    void a_shipped_year_is_loaded_only_while_it_has_no_stored_day() {
        LocalDate newYear2027 = LocalDate.of(2027, 1, 1);
        List<CalendarDay> before = service.days(2027);
        try {
            as("admin", () -> service.clearDay(newYear2027));
            assertThat(shipped.load()).isEmpty();
            assertThat(service.days(2027)).hasSize(12);

            for (CalendarDay day : service.days(2027)) {
                as("admin", () -> service.clearDay(day.date()));
            }
            assertThat(shipped.load()).containsExactly(2027);
            assertThat(service.days(2027)).isEqualTo(before);
        } finally {
            for (CalendarDay day : before) {
                if (service.calendar().day(day.date()).isEmpty()) {
                    as("admin", () -> service.setDay(day.date(), day.kind(), day.name()));
                }
            }
        }
    }

    @Test
    void nobody_but_the_admin_changes_the_calendar() {
        as("admin", () -> service.setDay(MONDAY, CalendarDay.Kind.HOLIDAY, "地方假日"));
        for (String user : List.of("coordinator", "author", "officehead", "advisor", "secretary", "director")) {
            assertThatThrownBy(() -> as(user, () -> service.setDay(FRIDAY, CalendarDay.Kind.HOLIDAY, "越权")))
                    .as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> service.setDay(MONDAY, CalendarDay.Kind.HOLIDAY, "越权")))
                    .as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> service.clearDay(MONDAY)))
                    .as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> service.setDay(null, null, null)))
                    .as(user + " is refused before the input is looked at")
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> service.clearDay(MONDAY))
                .as("nobody signed in")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.days(EDIT_YEAR)).containsExactly(new CalendarDay(MONDAY, CalendarDay.Kind.HOLIDAY, "地方假日"));
    }

    @Test
    void bad_input_is_refused_with_the_reason_and_nothing_is_stored() {
        assertRefused("error.calendar.date-required", () -> service.setDay(null, CalendarDay.Kind.HOLIDAY, "假日"));
        assertRefused("error.calendar.kind-required", () -> service.setDay(MONDAY, null, "假日"));
        assertRefused("error.required", () -> service.setDay(MONDAY, CalendarDay.Kind.HOLIDAY, "  "));
        assertRefused("error.required", () -> service.setDay(MONDAY, CalendarDay.Kind.HOLIDAY, null));
        assertRefused("error.too-long", () -> service.setDay(MONDAY, CalendarDay.Kind.HOLIDAY, "假".repeat(101)));
        assertRefused("error.control-characters", () -> service.setDay(MONDAY, CalendarDay.Kind.HOLIDAY, "地方\n假日"));
        assertRefused("error.control-characters", () -> service.setDay(MONDAY, CalendarDay.Kind.HOLIDAY, "地方\u0007假日"));
        assertRefused(
                "error.calendar.workday-on-weekday", () -> service.setDay(MONDAY, CalendarDay.Kind.WORKDAY, "调休"));
        assertRefused(
                "error.calendar.year-range",
                () -> service.setDay(LocalDate.of(1999, 12, 31), CalendarDay.Kind.HOLIDAY, "假日"));
        assertRefused(
                "error.calendar.year-range",
                () -> service.setDay(LocalDate.of(2100, 1, 1), CalendarDay.Kind.HOLIDAY, "假日"));
        assertRefused("error.calendar.date-required", () -> service.clearDay(null));
        assertRefused("error.calendar.no-entry", () -> service.clearDay(MONDAY));
        assertThat(service.days(EDIT_YEAR)).isEmpty();

        as("admin", () -> service.setDay(MONDAY, CalendarDay.Kind.HOLIDAY, "假".repeat(100)));
        assertThat(service.days(EDIT_YEAR))
                .singleElement()
                .extracting(CalendarDay::name)
                .isEqualTo("假".repeat(100));
    }

    @Test
    void a_report_year_outside_the_calendar_is_refused() {
        for (int year : new int[] {1999, 2099}) {
            assertThatThrownBy(() -> deadlines.deadlines(year, null))
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey())
                    .isEqualTo("error.calendar.report-year");
        }
        assertThat(deadlines.deadlines(2098, null).legal().submission().due()).isEqualTo(LocalDate.of(2099, 2, 28));
    }

    private static void assertRefused(String key, Runnable action) {
        assertThatThrownBy(() -> as("admin", action))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo(key);
    }
}
