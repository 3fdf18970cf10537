package com.reportflow.steering;

import static com.reportflow.steering.SteeringRules.optionalReason;
import static com.reportflow.steering.SteeringRules.withName;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CandidateGroups;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Office;
import com.reportflow.notification.TaskAlerts;
import com.reportflow.report.Delegations;
import com.reportflow.report.History;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.ReportSection;
import com.reportflow.report.Revisions;
import com.reportflow.report.SectionRepository;
import com.reportflow.report.SectionStatus;
import com.reportflow.review.CoReviews;
import com.reportflow.shared.ConflictRetry;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.UserFacingException;
import com.reportflow.workflow.ReportWorkflow;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.TaskSteering;
import com.reportflow.workflow.WorkItem;
import com.reportflow.workflow.WorkQueries;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Acting on the open tasks of reports in flight. The coordinator and the admin steer every task; a task's holder may
 * transfer or delegate their own task and ask a co-reviewer; a delegate hands the task back. Every operation is
 * checked here, whatever the screens show, and leaves an entry in the report's history. Reopening a section, copying
 * and cancelling a report are {@link ReportActions}'.
 */
@Service
public class SteeringService {

    static final int MAX_OPINION_LENGTH = 5_000;

    private final SteeringRules rules;
    private final ReportWorkflow workflow;
    private final WorkQueries work;
    private final TaskSteering taskSteering;
    private final SectionRepository sections;
    private final Directory directory;
    private final History history;
    private final Revisions revisions;
    private final TaskAlerts alerts;
    private final CoReviews coReviews;
    private final Delegations delegations;
    private final CurrentUser currentUser;
    private final ConflictRetry retry;

    SteeringService(
            SteeringRules rules,
            ReportWorkflow workflow,
            WorkQueries work,
            TaskSteering taskSteering,
            SectionRepository sections,
            Directory directory,
            History history,
            Revisions revisions,
            TaskAlerts alerts,
            CoReviews coReviews,
            Delegations delegations,
            CurrentUser currentUser,
            ConflictRetry retry) {
        this.rules = rules;
        this.workflow = workflow;
        this.work = work;
        this.taskSteering = taskSteering;
        this.sections = sections;
        this.directory = directory;
        this.history = history;
        this.revisions = revisions;
        this.alerts = alerts;
        this.coReviews = coReviews;
        this.delegations = delegations;
        this.currentUser = currentUser;
        this.retry = retry;
    }

    /**
     * Takes an unclaimed task from its shared pool (认领): only a member of its candidate groups may, whatever their
     * other roles; the engine façade refuses everyone else and a task someone else holds.
     */
    public void claim(Step step, long subjectId) {
        Actor actor = currentUser.require();
        retry.inTransaction(() -> {
            WorkItem item = rules.task(step, subjectId);
            if (!workflow.take(step, subjectId, actor)) {
                throw new InvalidInputException("steering.error.already-held");
            }
            rules.record(actor, item, HistoryAction.TASK_TAKEN, null);
        });
    }

    /** Gives a held task back to its shared pool (退回任务池): only its holder may, and not while it is delegated. */
    public void giveBack(Step step, long subjectId) {
        Actor actor = currentUser.require();
        retry.inTransaction(() -> {
            WorkItem item = rules.task(step, subjectId);
            workflow.release(step, subjectId, actor);
            rules.record(actor, item, HistoryAction.TASK_RELEASED, null);
        });
    }

    /** Hands the open task of the step to an eligible person, who holds it at once (转办). */
    public void transfer(Step step, long subjectId, String username, String reason) {
        Actor actor = currentUser.require();
        retry.inTransaction(() -> {
            WorkItem item = rules.task(step, subjectId);
            SteeringRules.requireSteerOrHold(actor, item);
            String note = optionalReason(reason);
            Actor target = eligibleTarget(item, username);
            taskSteering.transfer(step, subjectId, target.username());
            rules.record(actor, item, HistoryAction.TASK_TRANSFERRED, withName(target.displayName(), note));
        });
    }

    /**
     * Moves a section being drafted to another office (转办 to an office): the section belongs to that office from
     * now on, so its people can read it, and its drafting task waits, unclaimed, for that office's authors.
     */
    public void transferToOffice(long sectionId, long officeId, String reason) {
        Actor actor = rules.requireSteerer();
        retry.inTransaction(() -> {
            ReportSection section = rules.assignedSection(sectionId);
            WorkItem item = work.openTask(Step.DRAFT_SECTION, sectionId)
                    .orElseThrow(() -> new UserFacingException("steering.error.not-drafting"));
            String note = optionalReason(reason);
            Office office =
                    directory.office(officeId).orElseThrow(() -> new InvalidInputException("steering.error.no-office"));
            if (office.getId().equals(section.getOffice().getId())) {
                throw new InvalidInputException("steering.error.same-office");
            }
            section.transferTo(office);
            sections.flush();
            taskSteering.transferDrafting(sectionId, CandidateGroups.officeDrafters(office.getCode()));
            rules.record(actor, item, HistoryAction.SECTION_TRANSFERRED, withName(office.getName(), note));
        });
    }

    /**
     * Sends a section on from its office check to legality review without the check (跳过科室审核), for the
     * coordinator and the admin, with a reason that the history keeps: the way out when nobody can make the check
     * (the office has no active head, or only the one who submitted). Refused on sections whose process started
     * before this way out existed; those are transferred to a head instead.
     */
    public void skipOfficeCheck(long sectionId, String reason) {
        Actor actor = rules.requireSteerer();
        retry.inTransaction(() -> {
            ReportSection section = rules.assignedSection(sectionId);
            String why = SteeringRules.requiredReason(reason).strip();
            if (section.getStatus() != SectionStatus.OFFICE_CHECK) {
                throw new UserFacingException("steering.error.not-in-office-check");
            }
            workflow.skipOfficeCheck(sectionId);
            section.officeCheckSkipped();
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
            WorkItem item = rules.task(step, subjectId);
            SteeringRules.requireSteerOrHold(actor, item);
            String note = optionalReason(reason);
            Actor target = eligibleTarget(item, username);
            taskSteering.delegate(step, subjectId, target.username());
            rules.record(actor, item, HistoryAction.TASK_DELEGATED, withName(target.displayName(), note));
        });
    }

    /** Gives a delegated task back to the person who delegated it, who then decides. */
    public void handBack(Step step, long subjectId, String comment) {
        delegations.handBack(step, subjectId, comment);
    }

    /** Asks a second legal advisor to co-review the held legality review (加签), see {@link CoReviews}. */
    public void addCoReviewer(long sectionId, String username, String reason) {
        coReviews.addCoReviewer(sectionId, username, reason);
    }

    /** Urges whoever holds the open task of the step (催办); at most once an hour per task. */
    public void urge(Step step, long subjectId, String reason) {
        Actor actor = rules.requireSteerer();
        retry.inTransaction(() -> {
            WorkItem item = rules.task(step, subjectId);
            String note = optionalReason(reason);
            Set<String> told = alerts.urge(step, subjectId);
            String names = told.stream().map(directory::displayName).collect(Collectors.joining("、"));
            rules.record(actor, item, HistoryAction.TASK_URGED, withName(names, note));
        });
    }

    /** A person who may receive the task: enabled, eligible for it (see SteeringPages.eligible), not its holder. */
    private Actor eligibleTarget(WorkItem item, String username) {
        if (username != null && username.equals(item.assignee())) {
            throw new InvalidInputException("steering.error.same-person");
        }
        return rules.eligibleActors(item).stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("steering.error.not-eligible"));
    }
}
