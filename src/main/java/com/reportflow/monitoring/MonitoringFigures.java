package com.reportflow.monitoring;

import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportOverview;
import com.reportflow.report.ReportQueries;
import com.reportflow.workflow.StepHistory;
import com.reportflow.workflow.StepSpan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of a year that the monitoring charts draw, for the admin and the coordinator: time spent per step and
 * office, returns per section, approvals per ISO week. A read costs a fixed number of queries whatever the number of
 * reports and sections.
 */
@Service
public class MonitoringFigures {

    private final MonitorAccess access;
    private final ReportQueries queries;
    private final StepHistory stepHistory;
    private final Clock clock;

    MonitoringFigures(MonitorAccess access, ReportQueries queries, StepHistory stepHistory, Clock clock) {
        this.access = access;
        this.queries = queries;
        this.stepHistory = stepHistory;
        this.clock = clock;
    }

    /** Time spent per step and office, returns per section and approvals per ISO week, for the year's reports. */
    @Transactional(readOnly = true)
    public Figures figures(int year) {
        access.require();
        List<ReportOverview> overviews = queries.reportsOfYear(year);
        List<Long> reportIds = overviews.stream().map(o -> o.summary().id()).toList();
        Map<Long, OutlineEntry> entries = new HashMap<>();
        Map<Long, Long> reportOfSection = new HashMap<>();
        for (ReportOverview overview : overviews) {
            for (OutlineEntry entry : overview.document().entries()) {
                entries.put(entry.sectionId(), entry);
                reportOfSection.put(entry.sectionId(), overview.summary().id());
            }
        }
        Instant now = clock.instant();
        Map<MatrixStep, Map<String, List<Duration>>> durations = new EnumMap<>(MatrixStep.class);
        for (StepSpan span : stepHistory.ofReports(reportIds)) {
            if (span.open()) {
                continue;
            }
            OutlineEntry entry = span.sectionId() == null ? null : entries.get(span.sectionId());
            String office = entry == null ? "" : Objects.requireNonNullElse(entry.officeName(), "");
            durations
                    .computeIfAbsent(MatrixStep.of(span.step()), k -> new TreeMap<>())
                    .computeIfAbsent(office, k -> new ArrayList<>())
                    .add(span.duration(now));
        }
        List<Figures.StepTime> stepTimes = new ArrayList<>();
        durations.forEach((step, byOffice) -> byOffice.forEach((office, times) -> stepTimes.add(new Figures.StepTime(
                step, office.isEmpty() ? null : office, times.size(), median(times), worst(times)))));

        List<Figures.SectionReturns> returns = new ArrayList<>();
        queries.returnsBySection(reportIds).forEach((sectionId, count) -> {
            OutlineEntry entry = entries.get(sectionId);
            if (entry != null && count > 0) {
                returns.add(new Figures.SectionReturns(
                        reportOfSection.get(sectionId), sectionId, entry.numberedHeading(), entry.officeName(), count));
            }
        });
        returns.sort(Comparator.comparing(Figures.SectionReturns::returns)
                .reversed()
                .thenComparing(Figures.SectionReturns::sectionId));
        return new Figures(stepTimes, returns, perWeek(queries.approvalTimes(reportIds)));
    }

    static Duration worst(List<Duration> durations) {
        return durations.stream().max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }

    static Duration median(List<Duration> durations) {
        List<Duration> sorted = durations.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1
                ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    /** Approvals per ISO week, every week from the first approval to the last, empty weeks included. */
    private List<Figures.WeekCount> perWeek(List<Instant> approvals) {
        if (approvals.isEmpty()) {
            return List.of();
        }
        TreeMap<LocalDate, Long> byWeekStart = new TreeMap<>();
        for (Instant at : approvals) {
            LocalDate day = LocalDate.ofInstant(at, clock.getZone());
            byWeekStart.merge(day.minusDays(day.getDayOfWeek().getValue() - 1L), 1L, Long::sum);
        }
        List<Figures.WeekCount> weeks = new ArrayList<>();
        for (LocalDate week = byWeekStart.firstKey(); !week.isAfter(byWeekStart.lastKey()); week = week.plusWeeks(1)) {
            weeks.add(new Figures.WeekCount(
                    String.format(
                            Locale.ROOT,
                            "%d-W%02d",
                            week.get(IsoFields.WEEK_BASED_YEAR),
                            week.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                    byWeekStart.getOrDefault(week, 0L)));
        }
        return weeks;
    }
}
