package com.reportflow.calendar;

import java.time.LocalDate;
import java.util.List;

/** A report's legal deadlines as they stand on {@code today}. */
public record ReportDeadlines(LegalDeadlines legal, LocalDate today) {

    /** Calendar days left until a deadline: 0 on its due day, negative once it has passed. */
    public long daysLeft(Deadline deadline) {
        return deadline.daysLeft(today);
    }

    /** The deadlines whose last day is already behind {@code today}. */
    public List<Deadline> passed() {
        return legal.all().stream().filter(d -> d.isMissedBy(today)).toList();
    }
}
