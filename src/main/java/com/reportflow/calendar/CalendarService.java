package com.reportflow.calendar;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Role;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.AuditEvent;
import com.reportflow.shared.ConflictRetry;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.TextInput;
import com.reportflow.shared.UserFacingException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * The stored working calendar. Anyone may read it: it is what the State Council publishes. Only the admin changes
 * it, to enter next year's notice or a local rule.
 */
@Service
public class CalendarService {

    static final int MAX_NAME_LENGTH = 100;
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2099;

    private final CalendarDayRepository days;
    private final CurrentUser currentUser;
    private final ConflictRetry retry;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CalendarService(
            CalendarDayRepository days,
            CurrentUser currentUser,
            ConflictRetry retry,
            Clock clock,
            ApplicationEventPublisher events) {
        this.days = days;
        this.currentUser = currentUser;
        this.retry = retry;
        this.clock = clock;
        this.events = events;
    }

    /** Every stored day, as the calendar that deadlines are counted on. */
    public WorkingCalendar calendar() {
        return retry.inTransaction(() -> new WorkingCalendar(
                days.findAllByOrderByDateAsc().stream().map(StoredDay::toDay).toList()));
    }

    /** A year's holidays and make-up working days in date order. */
    public List<CalendarDay> days(int year) {
        return retry.inTransaction(() ->
                days.findByDateBetweenOrderByDateAsc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                        .map(StoredDay::toDay)
                        .toList());
    }

    /** The years worth choosing: those with stored days, this year and next year. */
    public List<Integer> years() {
        int thisYear = LocalDate.now(clock).getYear();
        SortedSet<Integer> years = new TreeSet<>(calendar().years());
        years.add(thisYear);
        years.add(thisYear + 1);
        return List.copyOf(years);
    }

    /** Makes {@code date} a holiday or a make-up working day, replacing what was stored for it. */
    public void setDay(LocalDate date, CalendarDay.Kind kind, String name) {
        Actor actor = requireAdmin();
        checkDate(date);
        if (kind == null) {
            throw new InvalidInputException("error.calendar.kind-required");
        }
        String checkedName = TextInput.line(name, MAX_NAME_LENGTH, "calendar.field.name");
        if (kind == CalendarDay.Kind.WORKDAY && !CalendarDay.isWeekend(date)) {
            throw new InvalidInputException("error.calendar.workday-on-weekday", date.toString());
        }
        try {
            retry.inTransaction(() -> {
                StoredDay day = days.findById(date).orElseGet(() -> new StoredDay(date));
                day.write(kind, checkedName, actor.username(), clock.instant());
                days.saveAndFlush(day);
                events.publishEvent(AuditEvent.done(
                        actor.username(), "CALENDAR_DAY_SET", "calendar-day:" + date, kind + " " + checkedName));
            });
        } catch (DataIntegrityViolationException e) {
            // The only constraint is the date: another admin stored the same new day at the same moment.
            throw new UserFacingException("error.concurrent-update");
        }
    }

    /** Returns {@code date} to the ordinary week. */
    public void clearDay(LocalDate date) {
        Actor actor = requireAdmin();
        checkDate(date);
        retry.inTransaction(() -> {
            StoredDay day = days.findById(date)
                    .orElseThrow(() -> new InvalidInputException("error.calendar.no-entry", date.toString()));
            days.delete(day);
            events.publishEvent(AuditEvent.done(
                    actor.username(),
                    "CALENDAR_DAY_CLEARED",
                    "calendar-day:" + date,
                    day.toDay().kind() + " " + day.toDay().name()));
        });
    }

    private Actor requireAdmin() {
        Actor actor = currentUser.require();
        if (!actor.has(Role.ADMIN)) {
            throw new AccessDeniedException();
        }
        return actor;
    }

    private static void checkDate(LocalDate date) {
        if (date == null) {
            throw new InvalidInputException("error.calendar.date-required");
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new InvalidInputException("error.calendar.year-range", FIRST_YEAR, LAST_YEAR);
        }
    }
}
