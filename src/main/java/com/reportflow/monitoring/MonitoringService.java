package com.reportflow.monitoring;

import com.reportflow.calendar.ReportDeadlines;
import com.reportflow.directory.Actor;
import com.reportflow.directory.CandidateGroups;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Office;
import com.reportflow.directory.Role;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportDocument;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportSummary;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.workflow.ReportWorkflow;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.WorkItem;
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

/** Every report and section in flight, for the admin and the coordinator. */
@Service
public class MonitoringService {

    private final ReportQueries queries;
    private final ReportWorkflow workflow;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final Clock clock;

    MonitoringService(
            ReportQueries queries, ReportWorkflow workflow, Directory directory, CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.workflow = workflow;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Reports newest first, each with its open report-level step. */
    @Transactional(readOnly = true)
    public List<ReportProgress> reports() {
        requireMonitor();
        Instant now = clock.instant();
        Map<Long, WorkItem> reportTasks = workflow.openTasks().stream()
                .filter(t -> t.step().scope() == Step.Scope.REPORT)
                .collect(Collectors.toMap(
                        WorkItem::reportId, t -> t, (a, b) -> a.createdAt().isBefore(b.createdAt()) ? a : b));
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
                                    holder(task),
                                    task.createdAt(),
                                    task.dueAt(),
                                    isOverdue(task, now)));
        }
        return rows;
    }

    /** Every section of the report with its open step, overdue first, then by due date. */
    @Transactional(readOnly = true)
    public List<SectionProgress> sections(long reportId) {
        requireMonitor();
        Instant now = clock.instant();
        ReportDocument document = queries.document(reportId);
        Map<Long, WorkItem> sectionTasks = new HashMap<>();
        for (WorkItem t : workflow.openTasks()) {
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
                    task == null ? null : holder(task),
                    task == null ? null : task.createdAt(),
                    task == null ? null : task.dueAt(),
                    e.dueDate(),
                    overdue));
        }
        rows.sort(Comparator.comparing((SectionProgress r) -> !r.overdue())
                .thenComparing(r -> r.dueAt() == null ? Instant.MAX : r.dueAt()));
        return rows;
    }

    private String holder(WorkItem task) {
        if (task.assignee() != null) {
            return directory.displayName(task.assignee());
        }
        return task.candidateGroups().stream().sorted().map(this::groupName).collect(Collectors.joining("、"));
    }

    private String groupName(String group) {
        Role role = CandidateGroups.roleOf(group);
        if (role != null) {
            return role.name();
        }
        String code = CandidateGroups.officeCodeOf(group);
        return code == null
                ? group
                : directory.officeByCode(code).map(Office::getName).orElse(code);
    }

    private static boolean isOverdue(WorkItem task, Instant now) {
        return task.dueAt() != null && task.dueAt().isBefore(now);
    }

    private void requireMonitor() {
        Actor actor = currentUser.require();
        if (!actor.has(Role.ADMIN) && !actor.has(Role.COORDINATOR)) {
            throw new AccessDeniedException();
        }
    }
}
