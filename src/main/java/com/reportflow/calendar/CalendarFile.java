package com.reportflow.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The official days shipped with the app, one file a year ({@code calendar/cn-YYYY.csv}): lines
 * {@code date,kind,name}, a header line {@code date,kind,name}, and {@code #} comments that cite the source. A
 * mistake in a shipped file is a build mistake, so it is refused whole with its line number.
 */
public final class CalendarFile {

    public static final String LOCATION = "calendar/";
    private static final Pattern FILE_NAME = Pattern.compile("cn-(\\d{4})\\.csv");
    private static final String HEADER = "date,kind,name";

    private CalendarFile() {}

    /** The year a file name stands for, or -1 when the name is not {@code cn-YYYY.csv}. */
    public static int yearOf(String fileName) {
        Matcher m = FILE_NAME.matcher(fileName == null ? "" : fileName);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    public static List<CalendarDay> parse(int year, Reader source) {
        List<CalendarDay> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(source)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#") || text.equals(HEADER)) {
                    continue;
                }
                CalendarDay day = day(text, number);
                if (day.date().getYear() != year) {
                    throw invalid(number, "date outside " + year);
                }
                if (day.kind() == CalendarDay.Kind.WORKDAY && !CalendarDay.isWeekend(day.date())) {
                    throw invalid(number, "a make-up working day must be a Saturday or Sunday");
                }
                if (!seen.add(day.date())) {
                    throw invalid(number, "second entry for " + day.date());
                }
                days.add(day);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return days;
    }

    private static CalendarDay day(String text, int number) {
        String[] fields = text.split(",", -1);
        if (fields.length != 3 || fields[2].isBlank()) {
            throw invalid(number, "expected date,kind,name");
        }
        try {
            return new CalendarDay(
                    LocalDate.parse(fields[0].strip()), CalendarDay.Kind.valueOf(fields[1].strip()), fields[2].strip());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw invalid(number, e.getMessage());
        }
    }

    private static IllegalArgumentException invalid(int line, String why) {
        return new IllegalArgumentException("Calendar file line " + line + ": " + why);
    }
}
