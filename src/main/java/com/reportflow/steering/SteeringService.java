package com.reportflow.steering;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CandidateGroups;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Office;
import com.reportflow.directory.Role;
import com.reportflow.notification.TaskAlerts;
import com.reportflow.report.History;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.Report;
import com.reportflow.report.ReportAccess;
import com.reportflow.report.ReportDocument;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportRepository;
import com.reportflow.report.ReportSection;
import com.reportflow.report.ReportStage;
import com.reportflow.report.Revisions;
import com.reportflow.report.SectionRepository;
import com.reportflow.report.SectionRevision;
import com.reportflow.report.SectionStatus;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.ConflictRetry;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.shared.TextInput;
import com.reportflow.shared.UserFacingException;
import com.reportflow.workflow.ReportWorkflow;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.WorkItem;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acting on tasks of reports in flight. The coordinator and the admin steer every task; a task's holder may transfer
 * or delegate their own task and ask a co-reviewer; a delegate hands the task back; only the admin cancels a report.
 * Every operation is checked here, whatever the screens show, and leaves an entry in the report's history.
 */
@Service
public class SteeringService {

    static final int MAX_REASON_LENGTH = 1_000;
    static final int MAX_OPINION_LENGTH = 5_000;
    static final String REASON = "steering.reason";

    private final ReportWorkflow workflow;
    private final ReportRepository reports;
    private final SectionRepository sections;
    private final ReportQueries queries;
    private final Directory directory;
    private final History history;
    private final Revisions revisions;
    private final TaskAlerts alerts;
    private final CoReviewRepository coReviews;
    private final ReportCopyRepository copies;
    private final CurrentUser currentUser;
    private final ConflictRetry retry;
    private final Clock clock;

    SteeringService(
            ReportWorkflow workflow,
            ReportRepository reports,
            SectionRepository sections,
            ReportQueries queries,
            Directory directory,
            History history,
            Revisions revisions,
            TaskAlerts alerts,
            CoReviewRepository coReviews,
            ReportCopyRepository copies,
            CurrentUser currentUser,
            ConflictRetry retry,
            Clock clock) {
        this.workflow = workflow;
        this.reports = reports;
        this.sections = sections;
        this.queries = queries;
        this.directory = directory;
        this.history = history;
        this.revisions = revisions;
        this.alerts = alerts;
        this.coReviews = coReviews;
        this.copies = copies;
        this.currentUser = currentUser;
        this.retry = retry;
        this.clock = clock;
    }

    /** Whether the signed-in person steers every report (coordinator or admin), for the menu and links. */
    public boolean steersReports() {
        return steers(currentUser.require());
    }

    /** A section and its open task, for the coordinator and the admin, and for whoever holds or shares the task. */
    @Transactional(readOnly = true)
    public SectionSteering section(long sectionId) {
        Actor actor = currentUser.require();
        ReportSection section = assignedSection(sectionId);
        Optional<WorkItem> item = workflow.openSectionTask(sectionId);
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
                headingOf(document, sectionId),
                section.getOffice().getName(),
                section.getStatus(),
                section.getReport().getStage(),
                item.map(i -> openTask(i, document, actor)),
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
        List<WorkItem> items = workflow.openTasksOf(reportId).stream()
                .filter(i -> steer || involved(i, actor) || mayClaim(i, actor))
                .toList();
        if (!steer && items.isEmpty()) {
            throw new AccessDeniedException();
        }
        ReportDocument document = queries.documentOf(reportId);
        List<OpenTask> tasks =
                items.stream().map(i -> openTask(i, document, actor)).toList();
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
     * Who may receive the open task of the step, by transfer or delegation: the step's candidates but its holder.
     * An office check may also go to the head of another office (its own office may have no active head), never to
     * the person who submitted the revision it checks.
     */
    @Transactional(readOnly = true)
    public List<Person> eligible(Step step, long subjectId) {
        Actor actor = currentUser.require();
        WorkItem item = task(step, subjectId);
        requireSteerOrHold(actor, item);
        return eligibleActors(item).stream()
                .map(a -> item.offeredTo(a.username(), a.groups())
                        ? person(a)
                        : new Person(a.username(), a.displayName() + "（" + a.officeName() + "）"))
                .toList();
    }

    private List<Actor> eligibleActors(WorkItem item) {
        List<Actor> candidates;
        String submitter = null;
        if (item.step() == Step.OFFICE_CHECK) {
            candidates = directory.members(Set.of(CandidateGroups.role(Role.OFFICE_HEAD))).stream()
                    .filter(a -> a.officeCode() != null)
                    .toList();
            submitter = revisions
                    .latest(item.sectionId())
                    .map(SectionRevision::getSubmittedBy)
                    .orElse(null);
        } else {
            candidates = new ArrayList<>(directory.members(item.candidateGroups()));
            for (String username : item.candidateUsers()) {
                if (candidates.stream().noneMatch(a -> a.username().equals(username))) {
                    directory.actor(username).ifPresent(candidates::add);
                }
            }
        }
        String excluded = submitter;
        return candidates.stream()
                .filter(a -> !a.username().equals(item.assignee()))
                .filter(a -> !a.username().equals(excluded))
                .sorted(Comparator.comparing((Actor a) -> !item.offeredTo(a.username(), a.groups()))
                        .thenComparing(Actor::username))
                .toList();
    }

    /** Legal advisors who may be asked to co-review the section's legality review now. */
    @Transactional(readOnly = true)
    public List<Person> coReviewerCandidates(long sectionId) {
        Actor actor = currentUser.require();
        WorkItem item = reviewTask(sectionId);
        requireSteerOrHold(actor, item);
        return directory.members(Set.of(CandidateGroups.role(Role.LEGAL_ADVISOR))).stream()
                .filter(a -> !a.username().equals(item.assignee()))
                .filter(a -> !item.coReviewers().contains(a.username()))
                .filter(a -> coReviews
                        .findByTaskIdAndReviewer(item.taskId(), a.username())
                        .isEmpty())
                .map(SteeringService::person)
                .toList();
    }

    /** The offices a section being drafted may move to: every office but its own. */
    @Transactional(readOnly = true)
    public List<Office> otherOffices(long sectionId) {
        requireSteerer();
        ReportSection section = assignedSection(sectionId);
        return directory.offices().stream()
                .filter(o -> !o.getId().equals(section.getOffice().getId()))
                .toList();
    }

    /** Everyone a report's progress may be copied to: every enabled person with a role, but the viewer. */
    @Transactional(readOnly = true)
    public List<Person> copyRecipients() {
        Actor actor = requireSteerer();
        List<String> groups =
                Arrays.stream(Role.values()).map(CandidateGroups::role).toList();
        return directory.members(groups).stream()
                .filter(a -> !a.username().equals(actor.username()))
                .map(SteeringService::person)
                .toList();
    }

    /**
     * Takes an unclaimed task from its shared pool (认领): only a member of its candidate groups may, whatever their
     * other roles; the engine façade refuses everyone else and a task someone else holds.
     */
    public void claim(Step step, long subjectId) {
        Actor actor = currentUser.require();
        retry.inTransaction(() -> {
            WorkItem item = task(step, subjectId);
            if (!workflow.take(step, subjectId, actor)) {
                throw new InvalidInputException("steering.error.already-held");
            }
            record(actor, item, HistoryAction.TASK_TAKEN, null);
        });
    }

    /** Gives a held task back to its shared pool (退回任务池): only its holder may, and not while it is delegated. */
    public void giveBack(Step step, long subjectId) {
        Actor actor = currentUser.require();
        retry.inTransaction(() -> {
            WorkItem item = task(step, subjectId);
            workflow.release(step, subjectId, actor);
            record(actor, item, HistoryAction.TASK_RELEASED, null);
        });
    }

    /** Hands the open task of the step to an eligible person, who holds it at once (转办). */
    public void transfer(Step step, long subjectId, String username, String reason) {
        Actor actor = currentUser.require();
        retry.inTransaction(() -> {
            WorkItem item = task(step, subjectId);
            requireSteerOrHold(actor, item);
            String note = optionalReason(reason);
            Actor target = eligibleTarget(item, username);
            workflow.transfer(step, subjectId, target.username());
            record(actor, item, HistoryAction.TASK_TRANSFERRED, withName(target.displayName(), note));
        });
    }

    /**
     * Moves a section being drafted to another office (转办 to an office): the section belongs to that office from
     * now on, so its people can read it, and its drafting task waits, unclaimed, for that office's authors.
     */
    public void transferToOffice(long sectionId, long officeId, String reason) {
        Actor actor = requireSteerer();
        retry.inTransaction(() -> {
            ReportSection section = assignedSection(sectionId);
            WorkItem item = workflow.openTask(Step.DRAFT_SECTION, sectionId)
                    .orElseThrow(() -> new UserFacingException("steering.error.not-drafting"));
            String note = optionalReason(reason);
            Office office =
                    directory.office(officeId).orElseThrow(() -> new InvalidInputException("steering.error.no-office"));
            if (office.getId().equals(section.getOffice().getId())) {
                throw new InvalidInputException("steering.error.same-office");
            }
            SectionStatus status = section.getStatus();
            section.assign(office, section.getDueDate());
            section.moveTo(status);
            sections.flush();
            workflow.transferDrafting(sectionId, CandidateGroups.officeDrafters(office.getCode()));
            record(actor, item, HistoryAction.SECTION_TRANSFERRED, withName(office.getName(), note));
        });
    }

    /**
     * Sends a section on from its office check to legality review without the check (跳过科室审核), for the
     * coordinator and the admin, with a reason that the history keeps: the way out when nobody can make the check
     * (the office has no active head, or only the one who submitted). Refused on sections whose process started
     * before this way out existed; those are transferred to a head instead.
     */
    public void skipOfficeCheck(long sectionId, String reason) {
        Actor actor = requireSteerer();
        retry.inTransaction(() -> {
            ReportSection section = assignedSection(sectionId);
            String why = TextInput.required(reason, MAX_REASON_LENGTH, REASON).strip();
            if (section.getStatus() != SectionStatus.OFFICE_CHECK) {
                throw new UserFacingException("steering.error.not-in-office-check");
            }
            workflow.skipOfficeCheck(sectionId);
            section.moveTo(SectionStatus.LEGAL_REVIEW);
            history.record(
                    actor,
                    revisions.latest(sectionId).orElseThrow(IllegalStateException::new),
                    HistoryAction.OFFICE_CHECK_SKIPPED,
                    why,
                    null);
        });
    }

    /** Delegates the held task of the step to an eligible person (委派), who works on it and hands it back. */
    public void delegate(Step step, long subjectId, String username, String reason) {
        Actor actor = currentUser.require();
        retry.inTransaction(() -> {
            WorkItem item = task(step, subjectId);
            requireSteerOrHold(actor, item);
            String note = optionalReason(reason);
            Actor target = eligibleTarget(item, username);
            workflow.delegate(step, subjectId, target.username());
            record(actor, item, HistoryAction.TASK_DELEGATED, withName(target.displayName(), note));
        });
    }

    /** Who delegated the open task of the step to the signed-in person, if it is delegated to them. */
    @Transactional(readOnly = true)
    public Optional<String> delegatedToMeBy(Step step, long subjectId) {
        String me = currentUser.require().username();
        return workflow.openTask(step, subjectId)
                .filter(item -> item.delegated() && me.equals(item.assignee()))
                .map(item -> directory.displayName(item.owner()));
    }

    /** Gives a delegated task back to the person who delegated it, who then decides. */
    public void handBack(Step step, long subjectId, String comment) {
        Actor actor = currentUser.require();
        retry.inTransaction(() -> {
            WorkItem item = task(step, subjectId);
            boolean delegate = item.delegated() && actor.username().equals(item.assignee());
            if (!delegate && !steers(actor)) {
                throw new AccessDeniedException();
            }
            String note = optionalReason(comment);
            workflow.handBack(step, subjectId);
            record(actor, item, HistoryAction.TASK_HANDED_BACK, withName(directory.displayName(item.owner()), note));
        });
    }

    /**
     * Asks a second legal advisor to co-review the held legality review (加签). They see it in their inbox and give
     * a co-review opinion; the holder cannot approve the section until every co-review of this round is given.
     */
    public void addCoReviewer(long sectionId, String username, String reason) {
        Actor actor = currentUser.require();
        retry.inTransaction(() -> {
            WorkItem item = reviewTask(sectionId);
            requireSteerOrHold(actor, item);
            String note = optionalReason(reason);
            if (item.assignee() == null) {
                throw new UserFacingException("steering.error.not-held");
            }
            Actor target = directory
                    .actor(username == null ? "" : username)
                    .filter(a -> a.has(Role.LEGAL_ADVISOR))
                    .orElseThrow(() -> new InvalidInputException("steering.error.not-eligible"));
            if (target.username().equals(item.assignee())) {
                throw new InvalidInputException("steering.error.same-person");
            }
            if (coReviews
                    .findByTaskIdAndReviewer(item.taskId(), target.username())
                    .isPresent()) {
                throw new InvalidInputException("steering.error.already-co-reviewer", target.displayName());
            }
            coReviews.save(new CoReview(
                    item.reportId(), sectionId, item.taskId(), target.username(), actor.username(), clock.instant()));
            workflow.addCoReviewer(sectionId, target.username());
            record(actor, item, HistoryAction.CO_REVIEWER_ADDED, withName(target.displayName(), note));
        });
    }

    /** The co-reviews of the section's current round of legality review; empty when it is not under review. */
    @Transactional(readOnly = true)
    public List<CoReviewRow> coReviewsOf(long sectionId) {
        return workflow.openTask(Step.LEGALITY_REVIEW, sectionId)
                .map(item -> coReviewRows(item.taskId()))
                .orElse(List.of());
    }

    /** Whether the signed-in person was asked to co-review the section's current review and has not yet answered. */
    @Transactional(readOnly = true)
    public boolean asksCoReview(long sectionId) {
        String me = currentUser.require().username();
        return workflow.openTask(Step.LEGALITY_REVIEW, sectionId)
                .flatMap(item -> coReviews.findByTaskIdAndReviewer(item.taskId(), me))
                .filter(CoReview::isOpen)
                .isPresent();
    }

    /** Records the signed-in co-reviewer's opinion on the section's current review; it is required. */
    public void giveCoReview(long sectionId, String opinion) {
        Actor actor = currentUser.require();
        retry.inTransaction(() -> {
            WorkItem item = reviewTask(sectionId);
            CoReview coReview = coReviews
                    .findByTaskIdAndReviewer(item.taskId(), actor.username())
                    .filter(CoReview::isOpen)
                    .orElseThrow(AccessDeniedException::new);
            String text = TextInput.required(opinion, MAX_OPINION_LENGTH, "steering.co-opinion");
            coReview.answer(text, clock.instant());
            workflow.removeCoReviewer(item.taskId(), actor.username());
            record(actor, item, HistoryAction.CO_REVIEWED, text);
        });
    }

    /**
     * Refuses an approval while a co-review of the task is still open, naming who has yet to answer. Joins the
     * caller's transaction (the review feature's decision).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requireCoReviewsDone(String taskId) {
        String waiting = coReviews.findByTaskIdOrderByRequestedAtAscIdAsc(taskId).stream()
                .filter(CoReview::isOpen)
                .map(c -> directory.displayName(c.getReviewer()))
                .collect(Collectors.joining("、"));
        if (!waiting.isEmpty()) {
            throw new InvalidInputException("steering.error.co-review-open", waiting);
        }
    }

    /** Urges whoever holds the open task of the step (催办); at most once an hour per task. */
    public void urge(Step step, long subjectId, String reason) {
        Actor actor = requireSteerer();
        retry.inTransaction(() -> {
            WorkItem item = task(step, subjectId);
            String note = optionalReason(reason);
            Set<String> told = alerts.urge(step, subjectId);
            String names = told.stream().map(directory::displayName).collect(Collectors.joining("、"));
            record(actor, item, HistoryAction.TASK_URGED, withName(names, note));
        });
    }

    /** Copies a report's progress to a person (抄送): they are notified and may follow its progress page. */
    public void copy(long reportId, String username, String reason) {
        Actor actor = requireSteerer();
        retry.inTransaction(() -> {
            Report report = reports.findById(reportId).orElseThrow(NotFoundException::new);
            if (report.getStage() == ReportStage.CANCELLED) {
                throw new InvalidInputException("steering.error.cancelled");
            }
            String note = optionalReason(reason);
            Actor target = directory
                    .actor(username == null ? "" : username)
                    .filter(a -> !a.username().equals(actor.username()))
                    .orElseThrow(() -> new InvalidInputException("steering.error.no-person"));
            if (!copies.existsByReportIdAndRecipient(reportId, target.username())) {
                copies.save(new ReportCopy(reportId, target.username(), actor.username(), clock.instant()));
            }
            alerts.copied(reportId, target.username());
            history.record(actor, reportId, null, HistoryAction.REPORT_COPIED, withName(target.displayName(), note));
        });
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
        for (WorkItem item : workflow.openTasksOf(reportId)) {
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
     * Reopens an approved section (coordinator or admin, with a reason): it goes back through legality review, and
     * a report waiting at compile goes back to drafting until the section is approved again. Refused from
     * deliberation on, when the leadership group returns sections instead.
     */
    public void reopen(long sectionId, String reason) {
        Actor actor = requireSteerer();
        retry.inTransaction(() -> {
            ReportSection section = assignedSection(sectionId);
            String text = TextInput.required(reason, MAX_REASON_LENGTH, REASON);
            if (section.getStatus() != SectionStatus.APPROVED) {
                throw new InvalidInputException("steering.error.not-approved");
            }
            Report report = section.getReport();
            if (report.getStage() != ReportStage.DRAFTING && report.getStage() != ReportStage.COMPILING) {
                throw new InvalidInputException("steering.error.reopen-too-late");
            }
            section.moveTo(SectionStatus.LEGAL_REVIEW);
            report.moveTo(ReportStage.DRAFTING);
            sections.flush();
            workflow.reopenSection(report.getId(), sectionId);
            history.record(actor, report.getId(), sectionId, HistoryAction.SECTION_REOPENED, text);
        });
    }

    /**
     * Cancels a report (admin only, with a reason): its process and every section process end, the report is
     * CANCELLED and stays readable. Refused once published: a publication is withdrawn instead.
     */
    public void cancel(long reportId, String reason) {
        Actor actor = currentUser.require();
        ReportAccess.requireRole(actor, Role.ADMIN);
        retry.inTransaction(() -> {
            Report report = reports.findById(reportId).orElseThrow(NotFoundException::new);
            String text = TextInput.required(reason, MAX_REASON_LENGTH, REASON);
            if (report.getStage() == ReportStage.PUBLISHED || report.getStage() == ReportStage.WITHDRAWN) {
                throw new InvalidInputException("steering.error.cancel-published");
            }
            if (report.getStage() == ReportStage.CANCELLED) {
                throw new InvalidInputException("steering.error.cancelled");
            }
            // The reason is user text: it stays in our history (utf8mb4); the engine only learns who cancelled.
            workflow.cancelReport(reportId, "cancelled by " + actor.username());
            report.moveTo(ReportStage.CANCELLED);
            history.record(actor, reportId, null, HistoryAction.REPORT_CANCELLED, text);
        });
    }

    private OpenTask openTask(WorkItem item, ReportDocument document, Actor actor) {
        boolean steer = steers(actor);
        boolean holds = !item.delegated() && actor.username().equals(item.assignee());
        Set<Operation> operations = EnumSet.noneOf(Operation.class);
        if (mayClaim(item, actor)) {
            operations.add(Operation.CLAIM);
        }
        if (holds) {
            operations.add(Operation.GIVE_BACK);
        }
        if (!item.delegated() && (steer || holds)) {
            operations.add(Operation.TRANSFER);
            if (item.assignee() != null) {
                operations.add(Operation.DELEGATE);
            }
            if (item.step() == Step.LEGALITY_REVIEW && item.assignee() != null) {
                operations.add(Operation.ADD_CO_REVIEWER);
            }
        }
        if (steer && !item.delegated() && item.step() == Step.DRAFT_SECTION) {
            operations.add(Operation.TRANSFER_TO_OFFICE);
        }
        if (steer && !item.delegated() && item.step() == Step.OFFICE_CHECK) {
            operations.add(Operation.SKIP_OFFICE_CHECK);
        }
        if (item.delegated() && (steer || actor.username().equals(item.assignee()))) {
            operations.add(Operation.HAND_BACK);
        }
        if (steer) {
            operations.add(Operation.URGE);
        }
        String candidates = item.assignee() != null
                ? null
                : Stream.concat(
                                directory.members(item.candidateGroups()).stream(),
                                item.candidateUsers().stream()
                                        .sorted()
                                        .map(directory::actor)
                                        .flatMap(Optional::stream))
                        .map(Actor::displayName)
                        .distinct()
                        .collect(Collectors.joining("、"));
        Instant now = clock.instant();
        return new OpenTask(
                item.step(),
                item.reportId(),
                item.sectionId(),
                item.sectionId() == null ? document.title() : headingOf(document, item.sectionId()),
                item.assignee(),
                item.assignee() == null ? null : directory.displayName(item.assignee()),
                candidates,
                item.delegated() ? directory.displayName(item.owner()) : null,
                item.createdAt(),
                item.dueAt(),
                item.dueAt() != null && item.dueAt().isBefore(now),
                item.step() == Step.LEGALITY_REVIEW ? coReviewRows(item.taskId()) : List.of(),
                operations);
    }

    private List<CoReviewRow> coReviewRows(String taskId) {
        return coReviews.findByTaskIdOrderByRequestedAtAscIdAsc(taskId).stream()
                .map(c -> new CoReviewRow(
                        c.getReviewer(),
                        directory.displayName(c.getReviewer()),
                        directory.displayName(c.getRequestedBy()),
                        c.getRequestedAt(),
                        c.getOpinion(),
                        c.getAnsweredAt()))
                .toList();
    }

    private static String headingOf(ReportDocument document, long sectionId) {
        return document.entries().stream()
                .filter(e -> e.sectionId() == sectionId)
                .findFirst()
                .map(OutlineEntry::numberedHeading)
                .orElse(document.title());
    }

    private WorkItem task(Step step, long subjectId) {
        if (step == null) {
            throw new UserFacingException("error.task-gone");
        }
        return workflow.openTask(step, subjectId).orElseThrow(() -> new UserFacingException("error.task-gone"));
    }

    private WorkItem reviewTask(long sectionId) {
        return workflow.openTask(Step.LEGALITY_REVIEW, sectionId)
                .orElseThrow(() -> new UserFacingException("steering.error.not-in-review"));
    }

    private ReportSection assignedSection(long sectionId) {
        return sections.findById(sectionId).filter(ReportSection::isAssigned).orElseThrow(NotFoundException::new);
    }

    /** A person who may receive the task: enabled, eligible for it (see eligible), not its holder. */
    private Actor eligibleTarget(WorkItem item, String username) {
        if (username != null && username.equals(item.assignee())) {
            throw new InvalidInputException("steering.error.same-person");
        }
        return eligibleActors(item).stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("steering.error.not-eligible"));
    }

    private static String optionalReason(String reason) {
        return TextInput.optional(reason, MAX_REASON_LENGTH, REASON).strip();
    }

    private void record(Actor actor, WorkItem item, HistoryAction action, String comment) {
        history.record(actor, item.reportId(), item.sectionId(), action, comment);
    }

    private static String withName(String name, String note) {
        return note.isEmpty() ? name : name + "：" + note;
    }

    private Actor requireSteerer() {
        Actor actor = currentUser.require();
        if (!steers(actor)) {
            throw new AccessDeniedException();
        }
        return actor;
    }

    private static boolean steers(Actor actor) {
        return actor.has(Role.ADMIN) || actor.has(Role.COORDINATOR);
    }

    private static void requireSteerOrHold(Actor actor, WorkItem item) {
        boolean holds = !item.delegated() && actor.username().equals(item.assignee());
        if (!holds && !steers(actor)) {
            throw new AccessDeniedException();
        }
    }

    /** Whether the task waits unclaimed in a pool the actor belongs to. */
    private static boolean mayClaim(WorkItem item, Actor actor) {
        return item.assignee() == null && item.offeredTo(actor.username(), actor.groups());
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
