package com.reportflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/** One day that departs from the ordinary week: a holiday, or a weekend day worked in exchange (调休上班). */
public record CalendarDay(LocalDate date, Kind kind, String name) {

    public enum Kind {
        /** No work, whatever the weekday (放假). */
        HOLIDAY,
        /** A Saturday or Sunday worked to make up a longer holiday (调休上班). */
        WORKDAY
    }

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
