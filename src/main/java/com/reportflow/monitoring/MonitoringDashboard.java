package com.reportflow.monitoring;

import com.reportflow.calendar.ReportDeadlines;
import com.reportflow.directory.ActiveMembers;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Office;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportOverview;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.SectionStatus;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.workflow.StepHistory;
import com.reportflow.workflow.WorkItem;
import com.reportflow.workflow.WorkQueries;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring dashboard for the admin and the coordinator: the year's reports and the matrix of their sections
 * against every step (who holds each, since when), overdue, blocked and at-risk items first, narrowed by office, step
 * and holder. A read costs a fixed number of queries whatever the number of reports and sections.
 */
@Service
public class MonitoringDashboard {

    private final MonitorAccess access;
    private final ReportQueries queries;
    private final WorkQueries work;
    private final StepHistory stepHistory;
    private final Directory directory;
    private final Holders holders;
    private final Clock clock;
    private final int reminderDays;
    private final int deadlineNearDays;

    MonitoringDashboard(
            MonitorAccess access,
            ReportQueries queries,
            WorkQueries work,
            StepHistory stepHistory,
            Directory directory,
            Holders holders,
            Clock clock,
            @Value("${reportflow.reminder-days-before:2}") int reminderDays,
            @Value("${reportflow.monitoring.deadline-near-days:30}") int deadlineNearDays) {
        this.access = access;
        this.queries = queries;
        this.work = work;
        this.stepHistory = stepHistory;
        this.directory = directory;
        this.holders = holders;
        this.clock = clock;
        this.reminderDays = reminderDays;
        this.deadlineNearDays = deadlineNearDays;
    }

    /** The years that have reports, latest first; the current year's report is written next year. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        access.require();
        return queries.years();
    }

    /** The offices the matrix can be narrowed to. */
    @Transactional(readOnly = true)
    public List<Office> offices() {
        access.require();
        return directory.offices();
    }

    /** The year's reports and the matrix of their sections narrowed by the filter, overdue and at risk first. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(int year, DashboardFilter filter) {
        access.require();
        Predicate<SectionRow> wanted = filter.rows();
        Instant now = clock.instant();
        List<ReportOverview> overviews = queries.reportsOfYear(year);
        List<Long> reportIds = overviews.stream().map(o -> o.summary().id()).toList();
        Map<Long, ReportDeadlines> deadlines = deadlines(reportIds);
        OpenSteps steps = new OpenSteps(work.openTasks(), holders, stepHistory.ofReports(reportIds), now);
        // Who is active now, read once: a task none of whose people is active is flagged, whoever left or moved.
        ActiveMembers active = directory.activeMembers();
        Map<Long, Long> returns = queries.returnsBySection(reportIds);

        List<ReportRow> reports = new ArrayList<>();
        List<SectionRow> sections = new ArrayList<>();
        for (ReportOverview overview : overviews) {
            long reportId = overview.summary().id();
            ReportDeadlines reportDeadlines = deadlines.get(reportId);
            boolean unapproved =
                    overview.summary().sectionsApproved() < overview.summary().sectionsTotal();
            WorkItem reportTask = steps.reportTask(reportId);
            boolean reportBlocked = reportTask != null && !canAct(active, reportTask);
            Map<MatrixStep, Cell> reportCells = steps.cells(reportId, false);
            for (OutlineEntry entry : overview.document().entries()) {
                if (!entry.assigned()) {
                    continue;
                }
                long sectionId = entry.sectionId();
                Map<MatrixStep, Cell> cells = new EnumMap<>(reportCells);
                cells.putAll(steps.cells(sectionId, true));
                WorkItem sectionTask = steps.sectionTask(sectionId);
                boolean approved = entry.status() == SectionStatus.APPROVED;
                WorkItem current = sectionTask != null ? sectionTask : approved ? reportTask : null;
                boolean blocked = current != null && !canAct(active, current);
                reportBlocked |= blocked;
                sections.add(new SectionRow(
                        reportId,
                        overview.document().title(),
                        sectionId,
                        entry.numberedHeading(),
                        entry.officeId(),
                        entry.officeName(),
                        entry.status(),
                        current == null ? null : current.step(),
                        current == null ? null : steps.holder(current),
                        current == null ? null : current.createdAt(),
                        current == null ? null : current.dueAt(),
                        cells,
                        returns.getOrDefault(sectionId, 0L),
                        blocked ? Risk.NOBODY_CAN_ACT : risk(current, !approved, reportDeadlines, now)));
            }
            reports.add(new ReportRow(
                    overview.summary(),
                    reportDeadlines,
                    reportTask == null ? null : reportTask.step(),
                    reportTask == null ? null : steps.holder(reportTask),
                    reportTask == null ? null : reportTask.createdAt(),
                    reportTask == null ? null : reportTask.dueAt(),
                    reportBlocked ? Risk.NOBODY_CAN_ACT : risk(reportTask, unapproved, reportDeadlines, now)));
        }
        reports.sort(Comparator.comparing((ReportRow r) -> r.risk().level())
                .thenComparing(r -> r.dueAt() == null ? Instant.MAX : r.dueAt())
                .thenComparing(r -> -r.summary().id()));
        List<SectionRow> matrix = sections.stream()
                .filter(wanted)
                .sorted(Comparator.comparing((SectionRow r) -> r.risk().level())
                        .thenComparing(r -> r.dueAt() == null ? Instant.MAX : r.dueAt()))
                .toList();
        return new Dashboard(year, reports, matrix);
    }

    /**
     * The legal deadlines of the reports; none for a year the working calendar does not cover, so that such a year
     * is still monitored, only without deadlines (the report page says why).
     */
    private Map<Long, ReportDeadlines> deadlines(List<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        try {
            return queries.deadlines(reportIds);
        } catch (InvalidInputException e) {
            return Map.of();
        }
    }

    private Risk risk(WorkItem task, boolean unapproved, ReportDeadlines deadlines, Instant now) {
        return Risk.of(
                task == null ? null : task.dueAt(),
                unapproved,
                deadlines,
                now,
                clock.getZone(),
                reminderDays,
                deadlineNearDays);
    }

    private static boolean canAct(ActiveMembers active, WorkItem task) {
        return active.canAct(task.assignee(), task.candidateGroups(), task.candidateUsers());
    }
}
