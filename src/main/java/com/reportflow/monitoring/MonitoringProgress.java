package com.reportflow.monitoring;

import com.reportflow.calendar.ReportDeadlines;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportDocument;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportSummary;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.WorkItem;
import com.reportflow.workflow.WorkQueries;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every report stands, and every section of one report, for the admin and the coordinator: the open step, who
 * holds it, since when, due when, and whether it is overdue.
 */
@Service
public class MonitoringProgress {

    private final MonitorAccess access;
    private final ReportQueries queries;
    private final WorkQueries work;
    private final Holders holders;
    private final Clock clock;

    MonitoringProgress(MonitorAccess access, ReportQueries queries, WorkQueries work, Holders holders, Clock clock) {
        this.access = access;
        this.queries = queries;
        this.work = work;
        this.holders = holders;
        this.clock = clock;
    }

    /** Reports newest first, each with its open report-level step. */
    @Transactional(readOnly = true)
    public List<ReportProgress> reports() {
        access.require();
        Instant now = clock.instant();
        Map<Long, WorkItem> reportTasks = work.openTasks().stream()
                .filter(t -> t.step().scope() == Step.Scope.REPORT)
                .collect(Collectors.toMap(WorkItem::reportId, t -> t, OpenSteps::earlier));
        List<ReportProgress> rows = new ArrayList<>();
        List<ReportSummary> summaries = queries.reports(0, 500);
        Map<Long, ReportDeadlines> deadlinesByReport =
                queries.deadlines(summaries.stream().map(ReportSummary::id).toList());
        for (ReportSummary summary : summaries) {
            WorkItem task = reportTasks.get(summary.id());
            ReportDeadlines deadlines = deadlinesByReport.get(summary.id());
            rows.add(
                    task == null
                            ? new ReportProgress(summary, deadlines, null, null, null, null, false)
                            : new ReportProgress(
                                    summary,
                                    deadlines,
                                    task.step(),
                                    holders.of(task),
                                    task.createdAt(),
                                    task.dueAt(),
                                    isOverdue(task, now)));
        }
        return rows;
    }

    /** Every section of the report with its open step, overdue first, then by due date. */
    @Transactional(readOnly = true)
    public List<SectionProgress> sections(long reportId) {
        access.require();
        Instant now = clock.instant();
        ReportDocument document = queries.document(reportId);
        Map<Long, WorkItem> sectionTasks = new HashMap<>();
        for (WorkItem t : work.openTasks()) {
            if (t.reportId() == reportId && t.sectionId() != null && t.step().scope() == Step.Scope.SECTION) {
                sectionTasks.put(t.sectionId(), t);
            }
        }
        List<SectionProgress> rows = new ArrayList<>();
        for (OutlineEntry e : document.entries()) {
            if (!e.assigned()) {
                continue;
            }
            WorkItem task = sectionTasks.get(e.sectionId());
            boolean overdue = task != null && isOverdue(task, now);
            rows.add(new SectionProgress(
                    reportId,
                    document.title(),
                    e.sectionId(),
                    e.numberedHeading(),
                    e.officeName(),
                    e.status(),
                    task == null ? null : task.step(),
                    task == null ? null : holders.of(task),
                    task == null ? null : task.createdAt(),
                    task == null ? null : task.dueAt(),
                    e.dueDate(),
                    overdue));
        }
        rows.sort(Comparator.comparing((SectionProgress r) -> !r.overdue())
                .thenComparing(r -> r.dueAt() == null ? Instant.MAX : r.dueAt()));
        return rows;
    }

    private static boolean isOverdue(WorkItem task, Instant now) {
        return task.dueAt() != null && task.dueAt().isBefore(now);
    }
}
