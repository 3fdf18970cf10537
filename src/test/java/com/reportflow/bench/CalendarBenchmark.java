package com.reportflow.bench;

import com.reportflow.calendar.CalendarDay;
import com.reportflow.calendar.CalendarFile;
import com.reportflow.calendar.LegalDeadlines;
import com.reportflow.calendar.WorkingCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The working-day arithmetic on the shipped 2026 and 2027 days: building the calendar from the stored days (what
 * every deadline look-up does), the deadlines for a written date on each day of 2026, and counting the working days
 * of a whole year day by day.
 */
public final class CalendarBenchmark {

    private static final int WARM_UP = 2000;
    private static final int RUNS = 201;

    // Keeps the warm-up results alive, so that the JIT cannot drop the work.

    private CalendarBenchmark() {}

    public static void main(String[] args) {
        List<CalendarDay> days = new ArrayList<>(shipped(2026));
        days.addAll(shipped(2027));
        WorkingCalendar calendar = new WorkingCalendar(days);
        measure(
                "build calendar, " + days.size() + " days",
                () -> new WorkingCalendar(days).years().size());
        measure("deadlines, 365 written dates", () -> {
            int sum = 0;
            for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
                sum += LegalDeadlines.of(2025, d, calendar).publicationDue().getDayOfYear();
            }
            return sum;
        });
        measure(
                "working days of 2026",
                () -> calendar.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)));
    }

    private static void measure(String name, IntSupplier work) {
        Timing<Integer> timing = Timing.measure(WARM_UP, RUNS, work::getAsInt);
        System.out.printf(
                "%-34s median %8.1f µs, worst %8.1f µs (%d runs); result %d%n",
                name, timing.medianMillis() * 1e3, timing.worstMillis() * 1e3, RUNS, timing.last());
    }

    private static List<CalendarDay> shipped(int year) {
        String resource = "/" + CalendarFile.LOCATION + "cn-" + year + ".csv";
        try (InputStream in = CalendarBenchmark.class.getResourceAsStream(resource)) {
            return CalendarFile.parse(year, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
