package com.reportflow.calendar;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._select;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CalendarViewTest extends KaribuTest {

    // A year no shipped file covers: what the tests add there is removed after each of them.
    private static final LocalDate SUNDAY = LocalDate.of(2032, 2, 1);
    private static final LocalDate MONDAY = LocalDate.of(2032, 2, 2);

    @Autowired
    CalendarService service;

    @AfterEach
    void undoEdits() {
        for (CalendarDay day : service.days(2032)) {
            as("admin", () -> service.clearDay(day.date()));
        }
    }

    @Test
    void the_admin_sees_the_holidays_and_make_up_days_of_the_chosen_year() {
        CalendarView view = open("admin");

        _setValue(view.year, 2026);

        assertThat(_size(view.grid)).isEqualTo(39);
        CalendarDay makeUp = _findAll(view.grid).stream()
                .filter(d -> d.date().equals(LocalDate.of(2026, 2, 28)))
                .findFirst()
                .orElseThrow();
        assertThat(_getFormattedRow(view.grid, makeUp)).containsExactly("2026-02-28", "周六", "调休上班", "春节");
        _setValue(view.year, 2027);
        assertThat(_findAll(view.grid)).extracting(CalendarDay::date).contains(LocalDate.of(2027, 2, 6));
    }

    @Test
    void the_admin_adds_changes_and_removes_a_day() {
        CalendarView view = open("admin");

        _setValue(view.date, MONDAY);
        _setValue(view.kind, CalendarDay.Kind.HOLIDAY);
        _setValue(view.name, "地方假日");
        _click(view.save);

        expectNotifications(view.getTranslation("calendar.saved", "2032-02-02", "放假"));
        assertThat(view.year.getValue()).isEqualTo(2032);
        assertThat(_findAll(view.grid)).containsExactly(new CalendarDay(MONDAY, CalendarDay.Kind.HOLIDAY, "地方假日"));
        assertThat(service.calendar().isWorkingDay(MONDAY)).isFalse();

        _setValue(view.date, SUNDAY);
        _setValue(view.kind, CalendarDay.Kind.WORKDAY);
        _setValue(view.name, "地方调休");
        _click(view.save);
        expectNotifications(view.getTranslation("calendar.saved", "2032-02-01", "调休上班"));
        assertThat(_findAll(view.grid)).extracting(CalendarDay::date).containsExactly(SUNDAY, MONDAY);

        _select(view.grid, new CalendarDay(MONDAY, CalendarDay.Kind.HOLIDAY, "地方假日"));
        assertThat(view.date.getValue()).isEqualTo(MONDAY);
        assertThat(view.name.getValue()).isEqualTo("地方假日");
        _setValue(view.name, "地方假日（改）");
        _click(view.save);
        assertThat(service.days(2032)).contains(new CalendarDay(MONDAY, CalendarDay.Kind.HOLIDAY, "地方假日（改）"));

        expectNotifications(view.getTranslation("calendar.saved", "2032-02-02", "放假"));
        _click(view.remove);
        expectNotifications(view.getTranslation("calendar.removed", "2032-02-02"));
        assertThat(_findAll(view.grid)).extracting(CalendarDay::date).containsExactly(SUNDAY);
        assertThat(view.date.getValue()).isNull();
        assertThat(service.calendar().isWorkingDay(MONDAY)).isTrue();
    }

    @Test
    void a_make_up_working_day_on_a_weekday_is_refused_with_the_reason_and_not_stored() {
        CalendarView view = open("admin");

        _setValue(view.date, MONDAY);
        _setValue(view.kind, CalendarDay.Kind.WORKDAY);
        _setValue(view.name, "调休");
        _click(view.save);

        expectNotifications(view.getTranslation("error.calendar.workday-on-weekday", "2032-02-02"));
        assertThat(service.days(2032)).isEmpty();
    }

    @Test
    void saving_without_a_date_or_removing_a_day_that_has_no_entry_says_why() {
        CalendarView view = open("admin");

        _setValue(view.kind, CalendarDay.Kind.HOLIDAY);
        _setValue(view.name, "假日");
        _click(view.save);
        expectNotifications(view.getTranslation("error.calendar.date-required"));

        _setValue(view.date, MONDAY);
        _click(view.remove);
        expectNotifications(view.getTranslation("error.calendar.no-entry", "2032-02-02"));
    }

    @Test
    void nobody_but_the_admin_opens_the_calendar() {
        login("coordinator");

        assertRefused(() -> UI.getCurrent().navigate("admin/calendar"));
        assertThat(_find(CalendarView.class)).isEmpty();
    }

    private CalendarView open(String username) {
        login(username);
        UI.getCurrent().navigate("admin/calendar");
        return _get(CalendarView.class);
    }
}
