package com.reportflow.steering;

import static com.reportflow.steering.SteeringRules.mayClaim;
import static com.reportflow.steering.SteeringRules.steers;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CandidateGroups;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Office;
import com.reportflow.directory.Role;
import com.reportflow.report.Report;
import com.reportflow.report.ReportAccess;
import com.reportflow.report.ReportDocument;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportRepository;
import com.reportflow.report.ReportSection;
import com.reportflow.report.ReportStage;
import com.reportflow.report.SectionStatus;
import com.reportflow.review.CoReviews;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.WorkItem;
import com.reportflow.workflow.WorkQueries;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the steering pages show: a section and its open task, a report and its open tasks, a report's progress, and
 * the choices an operation's dialog offers. Each is checked here, whatever the screens show; the operations
 * themselves are {@link SteeringService}'s and {@link ReportActions}'.
 */
@Service
public class SteeringPages {

    private final SteeringRules rules;
    private final OpenTasks openTasks;
    private final WorkQueries work;
    private final ReportRepository reports;
    private final ReportQueries queries;
    private final Directory directory;
    private final CoReviews coReviews;
    private final ReportCopyRepository copies;
    private final CurrentUser currentUser;

    SteeringPages(
            SteeringRules rules,
            OpenTasks openTasks,
            WorkQueries work,
            ReportRepository reports,
            ReportQueries queries,
            Directory directory,
            CoReviews coReviews,
            ReportCopyRepository copies,
            CurrentUser currentUser) {
        this.rules = rules;
        this.openTasks = openTasks;
        this.work = work;
        this.reports = reports;
        this.queries = queries;
        this.directory = directory;
        this.coReviews = coReviews;
        this.copies = copies;
        this.currentUser = currentUser;
    }

    /** Whether the signed-in person steers every report (coordinator or admin), for the menu and links. */
    public boolean steersReports() {
        return steers(currentUser.require());
    }

    /** A section and its open task, for the coordinator and the admin, and for whoever holds or shares the task. */
    @Transactional(readOnly = true)
    public SectionSteering section(long sectionId) {
        Actor actor = currentUser.require();
        ReportSection section = rules.assignedSection(sectionId);
        Optional<WorkItem> item = work.openSectionTask(sectionId);
        if (!steers(actor)
                && !item.map(i -> involved(i, actor) || mayClaim(i, actor)).orElse(false)) {
            throw new AccessDeniedException();
        }
        ReportDocument document = queries.documentOf(section.getReportId());
        boolean reopenable = steers(actor)
                && section.getStatus() == SectionStatus.APPROVED
                && (section.getReport().getStage() == ReportStage.DRAFTING
                        || section.getReport().getStage() == ReportStage.COMPILING);
        return new SectionSteering(
                sectionId,
                section.getReportId(),
                document.title(),
                OpenTasks.headingOf(document, sectionId),
                section.getOffice().getName(),
                section.getStatus(),
                section.getReport().getStage(),
                item.map(i -> openTasks.of(i, document, actor)),
                reopenable);
    }

    /**
     * A report and every open task of it and its sections, for the coordinator and the admin. Anyone else sees only
     * the open tasks of the report they hold or may take (deliberation, sign-off …), so they can take or give them
     * back; they are refused when there is none.
     */
    @Transactional(readOnly = true)
    public ReportSteering report(long reportId) {
        Actor actor = currentUser.require();
        Report report = reports.findById(reportId).orElseThrow(NotFoundException::new);
        boolean steer = steers(actor);
        List<WorkItem> items = work.openTasksOf(reportId).stream()
                .filter(i -> steer || involved(i, actor) || mayClaim(i, actor))
                .toList();
        if (!steer && items.isEmpty()) {
            throw new AccessDeniedException();
        }
        ReportDocument document = queries.documentOf(reportId);
        List<OpenTask> tasks =
                items.stream().map(i -> openTasks.of(i, document, actor)).toList();
        if (!steer) {
            return new ReportSteering(
                    reportId, report.getYear(), report.getTitle(), report.getStage(), tasks, Set.of(), List.of());
        }
        Set<Operation> operations = EnumSet.noneOf(Operation.class);
        if (report.getStage() != ReportStage.CANCELLED) {
            operations.add(Operation.COPY);
        }
        if (actor.has(Role.ADMIN) && !report.isClosed()) {
            operations.add(Operation.CANCEL);
        }
        List<ReportSteering.Section> sectionLinks = document.entries().stream()
                .filter(e -> e.assigned() && e.status() != SectionStatus.REMOVED)
                .map(e -> new ReportSteering.Section(e.sectionId(), e.numberedHeading(), e.status()))
                .toList();
        return new ReportSteering(
                reportId, report.getYear(), report.getTitle(), report.getStage(), tasks, operations, sectionLinks);
    }

    /**
     * A report's progress without its text: for everyone who reads whole reports, and for the people it was copied
     * to. The copy is the only thing that widens who may read: it grants this page of this report, nothing else.
     */
    @Transactional(readOnly = true)
    public ReportProgress progress(long reportId) {
        Actor actor = currentUser.require();
        Report report = reports.findById(reportId).orElseThrow(NotFoundException::new);
        if (!ReportAccess.mayReadReports(actor) && !copies.existsByReportIdAndRecipient(reportId, actor.username())) {
            throw new AccessDeniedException();
        }
        Map<Long, WorkItem> open = new HashMap<>();
        for (WorkItem item : work.openTasksOf(reportId)) {
            if (item.sectionId() != null) {
                open.put(item.sectionId(), item);
            }
        }
        List<ReportProgress.Line> lines = queries.documentOf(reportId).entries().stream()
                .filter(e -> e.assigned() && e.status() != SectionStatus.REMOVED)
                .map(e -> {
                    WorkItem item = open.get(e.sectionId());
                    return new ReportProgress.Line(
                            e.numberedHeading(),
                            e.officeName(),
                            e.status(),
                            e.dueDate(),
                            item == null || item.assignee() == null ? null : directory.displayName(item.assignee()),
                            item == null ? null : item.dueAt());
                })
                .toList();
        return new ReportProgress(reportId, report.getTitle(), report.getStage(), lines);
    }

    /**
     * Who may receive the open task of the step, by transfer or delegation: the step's candidates but its holder.
     * An office check may also go to the head of another office (its own office may have no active head), never to
     * the person who submitted the revision it checks.
     */
    @Transactional(readOnly = true)
    public List<Person> eligible(Step step, long subjectId) {
        Actor actor = currentUser.require();
        WorkItem item = rules.task(step, subjectId);
        SteeringRules.requireSteerOrHold(actor, item);
        return rules.eligibleActors(item).stream()
                .map(a -> item.offeredTo(a.username(), a.groups())
                        ? person(a)
                        : new Person(a.username(), a.displayName() + "（" + a.officeName() + "）"))
                .toList();
    }

    /** Legal advisors who may be asked to co-review the section's legality review now. */
    public List<Person> coReviewerCandidates(long sectionId) {
        return coReviews.candidates(sectionId).stream()
                .map(SteeringPages::person)
                .toList();
    }

    /** The offices a section being drafted may move to: every office but its own. */
    @Transactional(readOnly = true)
    public List<Office> otherOffices(long sectionId) {
        rules.requireSteerer();
        ReportSection section = rules.assignedSection(sectionId);
        return directory.offices().stream()
                .filter(o -> !o.getId().equals(section.getOffice().getId()))
                .toList();
    }

    /** Everyone a report's progress may be copied to: every enabled person with a role, but the viewer. */
    @Transactional(readOnly = true)
    public List<Person> copyRecipients() {
        Actor actor = rules.requireSteerer();
        List<String> groups =
                Arrays.stream(Role.values()).map(CandidateGroups::role).toList();
        return directory.members(groups).stream()
                .filter(a -> !a.username().equals(actor.username()))
                .map(SteeringPages::person)
                .toList();
    }

    private static boolean involved(WorkItem item, Actor actor) {
        String me = actor.username();
        return me.equals(item.assignee())
                || me.equals(item.owner())
                || item.coReviewers().contains(me);
    }

    private static Person person(Actor actor) {
        return new Person(actor.username(), actor.displayName());
    }
}
