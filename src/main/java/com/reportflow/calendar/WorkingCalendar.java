package com.reportflow.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which days are working days: Monday to Friday unless a holiday, Saturday and Sunday only when a make-up working
 * day. A year without any stored day is counted on the ordinary week alone.
 *
 * <p>Periods count from the day after their start, as 《政府信息公开条例》 art. 26 ("自该政府信息形成或者变更之日起20个工作日内")
 * and the general rule for periods in Chinese law do: the day something happens is never the first day of its period.
 */
public final class WorkingCalendar {

    private final TreeMap<LocalDate, CalendarDay> days = new TreeMap<>();

    public WorkingCalendar(Collection<CalendarDay> days) {
        for (CalendarDay day : days) {
            if (this.days.put(day.date(), day) != null) {
                throw new IllegalArgumentException("Two entries for " + day.date());
            }
        }
    }

    /** The ordinary week, no holidays. */
    public static WorkingCalendar weekdaysOnly() {
        return new WorkingCalendar(List.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay day = days.get(date);
        if (day != null) {
            return day.kind() == CalendarDay.Kind.WORKDAY;
        }
        return !CalendarDay.isWeekend(date);
    }

    /**
     * The n-th working day after {@code date}; {@code date} itself never counts, working day or not. A negative n
     * counts back: the n-th working day before {@code date}. Zero returns {@code date} unchanged.
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        int step = n < 0 ? -1 : 1;
        LocalDate current = date;
        for (int left = Math.abs(n); left > 0; ) {
            current = current.plusDays(step);
            if (isWorkingDay(current)) {
                left--;
            }
        }
        return current;
    }

    /**
     * The working days after {@code from} up to and including {@code to}, so that
     * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}; negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** The stored entry for a date, if it departs from the ordinary week. */
    public Optional<CalendarDay> day(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    /** A year's stored days in date order. */
    public List<CalendarDay> days(int year) {
        return List.copyOf(days.subMap(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .values());
    }

    /** The years with at least one stored day: outside them only the ordinary week is known. */
    public SortedSet<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>();
        for (Map.Entry<LocalDate, CalendarDay> entry : days.entrySet()) {
            years.add(entry.getKey().getYear());
        }
        return years;
    }
}
