package com.reportflow.monitoring;

import com.reportflow.calendar.ReportDeadlines;
import com.reportflow.directory.ActiveMembers;
import com.reportflow.directory.Actor;
import com.reportflow.directory.CandidateGroups;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Office;
import com.reportflow.directory.Role;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportDocument;
import com.reportflow.report.ReportOverview;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportSummary;
import com.reportflow.report.SectionDetails;
import com.reportflow.report.SectionStatus;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.shared.TextInput;
import com.reportflow.workflow.DiagramMarks;
import com.reportflow.workflow.ProcessDiagrams;
import com.reportflow.workflow.ReportWorkflow;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.StepHistory;
import com.reportflow.workflow.StepSpan;
import com.reportflow.workflow.WorkItem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring section for the admin and the coordinator: the year's reports and the matrix of their sections
 * (overdue and at risk first), the figures of the year, and process diagrams. Every read costs a fixed number of
 * queries whatever the number of reports and sections.
 */
@Service
public class MonitoringService {

    private final ReportQueries queries;
    private final ReportWorkflow workflow;
    private final StepHistory stepHistory;
    private final ProcessDiagrams diagrams;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int reminderDays;
    private final int deadlineNearDays;

    MonitoringService(
            ReportQueries queries,
            ReportWorkflow workflow,
            StepHistory stepHistory,
            ProcessDiagrams diagrams,
            Directory directory,
            CurrentUser currentUser,
            Clock clock,
            @Value("${reportflow.reminder-days-before:2}") int reminderDays,
            @Value("${reportflow.monitoring.deadline-near-days:30}") int deadlineNearDays) {
        this.queries = queries;
        this.workflow = workflow;
        this.stepHistory = stepHistory;
        this.diagrams = diagrams;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
        this.reminderDays = reminderDays;
        this.deadlineNearDays = deadlineNearDays;
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

    /** The years that have reports, latest first; the current year's report is written next year. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        requireMonitor();
        return queries.years();
    }

    /** The offices the matrix can be narrowed to. */
    @Transactional(readOnly = true)
    public List<Office> offices() {
        requireMonitor();
        return directory.offices();
    }

    /** The year's reports and the matrix of their sections narrowed by the filter, overdue and at risk first. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(int year, DashboardFilter filter) {
        requireMonitor();
        String holderWanted = filter.holder() == null || filter.holder().isBlank()
                ? null
                : TextInput.line(filter.holder(), DashboardFilter.MAX_HOLDER_LENGTH, "monitoring.holder")
                        .strip();
        Instant now = clock.instant();
        List<ReportOverview> overviews = queries.reportsOfYear(year);
        List<Long> reportIds = overviews.stream().map(o -> o.summary().id()).toList();
        Map<Long, ReportDeadlines> deadlines = deadlines(reportIds);
        Map<String, WorkItem> open = new HashMap<>();
        for (WorkItem task : workflow.openTasks()) {
            open.merge(
                    key(task.step(), task.subjectId()),
                    task,
                    (a, b) -> a.createdAt().isBefore(b.createdAt()) ? a : b);
        }
        Map<String, String> holders = holders(open.values());
        // Who is active now, read once: a task none of whose people is active is flagged, whoever left or moved.
        ActiveMembers active = directory.activeMembers();
        Map<String, List<StepSpan>> rounds = new HashMap<>();
        for (StepSpan span : stepHistory.ofReports(reportIds)) {
            rounds.computeIfAbsent(key(MatrixStep.of(span.step()), subjectOf(span)), k -> new ArrayList<>())
                    .add(span);
        }
        Map<Long, Long> returns = queries.returnsBySection(reportIds);

        List<ReportRow> reports = new ArrayList<>();
        List<SectionRow> sections = new ArrayList<>();
        for (ReportOverview overview : overviews) {
            long reportId = overview.summary().id();
            ReportDeadlines reportDeadlines = deadlines.get(reportId);
            boolean unapproved =
                    overview.summary().sectionsApproved() < overview.summary().sectionsTotal();
            WorkItem reportTask = reportTask(open, reportId);
            boolean reportBlocked = reportTask != null && !canAct(active, reportTask);
            Map<MatrixStep, Cell> reportCells = new EnumMap<>(MatrixStep.class);
            for (MatrixStep step : MatrixStep.values()) {
                if (!step.ofSection()) {
                    reportCells.put(step, cell(step, reportId, open, holders, rounds, now));
                }
            }
            for (OutlineEntry entry : overview.document().entries()) {
                if (!entry.assigned()) {
                    continue;
                }
                long sectionId = entry.sectionId();
                Map<MatrixStep, Cell> cells = new EnumMap<>(reportCells);
                WorkItem sectionTask = null;
                for (MatrixStep step : MatrixStep.values()) {
                    if (step.ofSection()) {
                        cells.put(step, cell(step, sectionId, open, holders, rounds, now));
                        for (Step s : step.steps()) {
                            sectionTask = sectionTask != null ? sectionTask : open.get(key(s, sectionId));
                        }
                    }
                }
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
                        current == null ? null : holders.get(current.taskId()),
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
                    reportTask == null ? null : holders.get(reportTask.taskId()),
                    reportTask == null ? null : reportTask.createdAt(),
                    reportTask == null ? null : reportTask.dueAt(),
                    reportBlocked ? Risk.NOBODY_CAN_ACT : risk(reportTask, unapproved, reportDeadlines, now)));
        }
        reports.sort(Comparator.comparing((ReportRow r) -> r.risk().level())
                .thenComparing(r -> r.dueAt() == null ? Instant.MAX : r.dueAt())
                .thenComparing(r -> -r.summary().id()));
        List<SectionRow> matrix = sections.stream()
                .filter(row -> filter.officeId() == null || filter.officeId().equals(row.officeId()))
                .filter(row ->
                        filter.step() == null || (row.step() != null && MatrixStep.of(row.step()) == filter.step()))
                .filter(row -> holderWanted == null
                        || matches(row.holder(), holderWanted)
                        || heldByRole(row.holder(), filter.holderRoles()))
                .sorted(Comparator.comparing((SectionRow r) -> r.risk().level())
                        .thenComparing(r -> r.dueAt() == null ? Instant.MAX : r.dueAt()))
                .toList();
        return new Dashboard(year, reports, matrix);
    }

    /** Time spent per step and office, returns per section and approvals per ISO week, for the year's reports. */
    @Transactional(readOnly = true)
    public Figures figures(int year) {
        requireMonitor();
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

    /** A report's own process: finished, open and returned steps. */
    @Transactional(readOnly = true)
    public Diagram reportDiagram(long reportId) {
        requireMonitor();
        String title = queries.summary(reportId).title();
        DiagramMarks marks = diagrams.ofReport(reportId).orElseThrow(NotFoundException::new);
        return diagram(title, ProcessDiagrams.Definition.REPORT, marks, Map.of());
    }

    /** A section's process, all its rounds together: finished, open and returned steps. */
    @Transactional(readOnly = true)
    public Diagram sectionDiagram(long sectionId) {
        requireMonitor();
        SectionDetails section = queries.section(sectionId);
        DiagramMarks marks = diagrams.ofSection(sectionId).orElseThrow(NotFoundException::new);
        return diagram(
                section.reportTitle() + " · " + section.numberedHeading(),
                ProcessDiagrams.Definition.SECTION,
                marks,
                Map.of());
    }

    /** A process definition with the number of the year's instances standing at each step now. */
    @Transactional(readOnly = true)
    public Diagram definitionDiagram(String processKey, int year) {
        requireMonitor();
        ProcessDiagrams.Definition definition =
                ProcessDiagrams.Definition.ofKey(processKey).orElseThrow(NotFoundException::new);
        List<Long> reportIds =
                queries.reportsOfYear(year).stream().map(o -> o.summary().id()).toList();
        Map<String, Integer> counts = diagrams.instancesAtSteps(definition, reportIds);
        DiagramMarks none = new DiagramMarks(definition, Set.of(), Set.of(), Map.of());
        return diagram(String.valueOf(year), definition, none, counts);
    }

    private Diagram diagram(
            String title, ProcessDiagrams.Definition definition, DiagramMarks marks, Map<String, Integer> counts) {
        return new Diagram(
                title, diagrams.png(definition, marks, counts), marks, counts, diagrams.stepNames(definition));
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

    private Cell cell(
            MatrixStep step,
            long subjectId,
            Map<String, WorkItem> open,
            Map<String, String> holders,
            Map<String, List<StepSpan>> rounds,
            Instant now) {
        for (Step s : step.steps()) {
            WorkItem task = open.get(key(s, subjectId));
            if (task != null) {
                List<StepSpan> done = finished(rounds.getOrDefault(key(step, subjectId), List.of()));
                return new Cell(
                        Cell.State.OPEN,
                        holders.get(task.taskId()),
                        task.createdAt(),
                        done.size(),
                        Duration.between(task.createdAt(), now));
            }
        }
        List<StepSpan> done = finished(rounds.getOrDefault(key(step, subjectId), List.of()));
        return done.isEmpty() ? Cell.NOT_REACHED : new Cell(Cell.State.DONE, null, null, done.size(), spent(done, now));
    }

    private static List<StepSpan> finished(List<StepSpan> spans) {
        return spans.stream().filter(s -> !s.open()).toList();
    }

    private static Duration spent(List<StepSpan> spans, Instant now) {
        return spans.stream().map(s -> s.duration(now)).reduce(Duration.ZERO, Duration::plus);
    }

    private static boolean canAct(ActiveMembers active, WorkItem task) {
        return active.canAct(task.assignee(), task.candidateGroups(), task.candidateUsers());
    }

    private static WorkItem reportTask(Map<String, WorkItem> open, long reportId) {
        WorkItem first = null;
        for (Step step : Step.values()) {
            if (step.scope() == Step.Scope.REPORT) {
                WorkItem task = open.get(key(step, reportId));
                if (task != null && (first == null || task.createdAt().isBefore(first.createdAt()))) {
                    first = task;
                }
            }
        }
        return first;
    }

    private static long subjectOf(StepSpan span) {
        return span.step().scope() == Step.Scope.SECTION ? span.sectionId() : span.reportId();
    }

    private static String key(Step step, long subjectId) {
        return step.name() + ":" + subjectId;
    }

    private static String key(MatrixStep step, long subjectId) {
        return "M" + step.name() + ":" + subjectId;
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

    /** Whether the holder names a role group (by the role's name, as {@link #holders} writes it) among the roles. */
    private static boolean heldByRole(String holder, Set<Role> roles) {
        if (holder == null || roles.isEmpty()) {
            return false;
        }
        for (String part : holder.split("、")) {
            for (Role role : roles) {
                if (role.name().equals(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(String holder, String wanted) {
        return holder != null && holder.toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT));
    }

    /**
     * Who holds each open task, by task id, with one reading of the offices and one of each person: naming holders
     * task by task read the directory once per cell.
     */
    private Map<String, String> holders(Collection<WorkItem> tasks) {
        Map<String, String> officeNames = new HashMap<>();
        for (Office office : directory.offices()) {
            officeNames.put(office.getCode(), office.getName());
        }
        Map<String, String> people = new HashMap<>();
        Map<String, String> holders = new HashMap<>();
        for (WorkItem task : tasks) {
            holders.put(
                    task.taskId(),
                    holderOf(
                            task,
                            code -> officeNames.getOrDefault(code, code),
                            user -> people.computeIfAbsent(user, directory::displayName)));
        }
        return holders;
    }

    private String holder(WorkItem task) {
        return holderOf(
                task, code -> directory.officeByCode(code).map(Office::getName).orElse(code), directory::displayName);
    }

    /**
     * Who holds the task, or who may take it: its candidate groups (a role by its name, an office by its name) and
     * the people named for it (the other heads, for a head's own draft).
     */
    private static String holderOf(
            WorkItem task, Function<String, String> officeName, Function<String, String> personName) {
        if (task.assignee() != null) {
            return personName.apply(task.assignee());
        }
        return Stream.concat(
                        task.candidateGroups().stream().sorted().map(group -> groupName(group, officeName)),
                        task.candidateUsers().stream().sorted().map(personName))
                .collect(Collectors.joining("、"));
    }

    private static String groupName(String group, Function<String, String> officeName) {
        Role role = CandidateGroups.roleOf(group);
        if (role != null) {
            return role.name();
        }
        String code = CandidateGroups.officeCodeOf(group);
        return code == null ? group : officeName.apply(code);
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
