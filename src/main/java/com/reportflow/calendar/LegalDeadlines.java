package com.reportflow.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The deadlines of the report on year N, all in year N+1.
 *
 * <p>《法治政府建设与责任落实督察工作规定》 asks departments to report "每年3月1日之前" and, in art. 24, to publish
 * "每年4月1日之前". Both are read as strictly before the date: the last day in time is 28 February (29 in a leap
 * year) and 31 March. That is the earlier, safer reading; a due day on a weekend or holiday is not moved, because
 * these are fixed dates, not periods. 《政府信息公开条例》 art. 26 adds publication within 20 working days of the
 * written date (成文日期), counted from the day after it; the earlier of that and 31 March binds the publication.
 */
public final class LegalDeadlines {

    public static final int PUBLICATION_WORKING_DAYS = 20;

    private final int reportYear;
    private final LocalDate writtenDate;
    private final Deadline submission;
    private final Deadline disclosure;
    private final Deadline twentyWorkingDays;

    private LegalDeadlines(int reportYear, LocalDate writtenDate, WorkingCalendar calendar) {
        this.reportYear = reportYear;
        this.writtenDate = writtenDate;
        int writingYear = reportYear + 1;
        this.submission = Deadline.of(
                Deadline.Kind.SUBMISSION, LocalDate.of(writingYear, 3, 1).minusDays(1));
        this.disclosure = Deadline.of(
                Deadline.Kind.DISCLOSURE, LocalDate.of(writingYear, 4, 1).minusDays(1));
        this.twentyWorkingDays = writtenDate == null
                ? null
                : Deadline.of(
                        Deadline.Kind.TWENTY_WORKING_DAYS,
                        calendar.plusWorkingDays(writtenDate, PUBLICATION_WORKING_DAYS));
    }

    /** The deadlines of the report on {@code reportYear}; {@code writtenDate} is null until the report is compiled. */
    public static LegalDeadlines of(int reportYear, LocalDate writtenDate, WorkingCalendar calendar) {
        return new LegalDeadlines(reportYear, writtenDate, calendar);
    }

    public int reportYear() {
        return reportYear;
    }

    public Optional<LocalDate> writtenDate() {
        return Optional.ofNullable(writtenDate);
    }

    public Deadline submission() {
        return submission;
    }

    public Deadline disclosure() {
        return disclosure;
    }

    /** Present once the written date is known. */
    public Optional<Deadline> twentyWorkingDays() {
        return Optional.ofNullable(twentyWorkingDays);
    }

    /** Every deadline that applies, earliest first (submission before disclosure on a tie). */
    public List<Deadline> all() {
        List<Deadline> all = new ArrayList<>(List.of(submission, disclosure));
        twentyWorkingDays().ifPresent(all::add);
        all.sort(Comparator.comparing(Deadline::due));
        return List.copyOf(all);
    }

    /** The deadline that binds publication: whichever of 31 March and 20 working days after writing comes first. */
    public Deadline publication() {
        if (twentyWorkingDays != null && twentyWorkingDays.due().isBefore(disclosure.due())) {
            return twentyWorkingDays;
        }
        return disclosure;
    }

    public LocalDate publicationDue() {
        return publication().due();
    }

    /** The earliest deadline: the one a step of the report must not pass. */
    public Deadline binding() {
        return all().getFirst();
    }

    /** Whether a task due on {@code taskDue} would lie after the earliest deadline of the report. */
    public boolean wouldMiss(LocalDate taskDue) {
        return binding().isMissedBy(taskDue);
    }
}
