package com.reportflow.calendar;

import com.reportflow.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** A report's legal deadlines, counted on the stored working calendar, as of today's date. */
@Service
public class DeadlinesService {

    private final CalendarService calendar;
    private final Clock clock;

    DeadlinesService(CalendarService calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The deadlines of the report on {@code reportYear}; {@code writtenDate} (成文日期) is null until compiled. */
    public ReportDeadlines deadlines(int reportYear, LocalDate writtenDate) {
        return counter().deadlines(reportYear, writtenDate);
    }

    /** Counts the deadlines of many reports on one reading of the stored calendar (e.g. for a list of reports). */
    public Counter counter() {
        return new Counter(calendar.calendar(), LocalDate.now(clock));
    }

    /** The stored calendar as read once, and today. */
    public static final class Counter {

        private final WorkingCalendar calendar;
        private final LocalDate today;

        private Counter(WorkingCalendar calendar, LocalDate today) {
            this.calendar = calendar;
            this.today = today;
        }

        public ReportDeadlines deadlines(int reportYear, LocalDate writtenDate) {
            // The report on year N is written in N+1, and both must lie inside the years the calendar accepts.
            if (reportYear < CalendarService.FIRST_YEAR || reportYear + 1 > CalendarService.LAST_YEAR) {
                throw new InvalidInputException("error.calendar.report-year", String.valueOf(reportYear));
            }
            return new ReportDeadlines(LegalDeadlines.of(reportYear, writtenDate, calendar), today);
        }
    }
}
