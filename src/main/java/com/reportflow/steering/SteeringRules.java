package com.reportflow.steering;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CandidateGroups;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Role;
import com.reportflow.report.History;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.ReportSection;
import com.reportflow.report.Revisions;
import com.reportflow.report.SectionRepository;
import com.reportflow.report.SectionRevision;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.shared.TextInput;
import com.reportflow.shared.UserFacingException;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.WorkItem;
import com.reportflow.workflow.WorkQueries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the steering pages and the steering operations both go by: who steers, who holds a task, which open task and
 * which section are meant, who may receive a task, the rules of a reason, and the history entry of a task.
 */
@Component
class SteeringRules {

    static final int MAX_REASON_LENGTH = 1_000;
    static final String REASON = "steering.reason";

    private final CurrentUser currentUser;
    private final WorkQueries work;
    private final SectionRepository sections;
    private final Directory directory;
    private final Revisions revisions;
    private final History history;

    SteeringRules(
            CurrentUser currentUser,
            WorkQueries work,
            SectionRepository sections,
            Directory directory,
            Revisions revisions,
            History history) {
        this.currentUser = currentUser;
        this.work = work;
        this.sections = sections;
        this.directory = directory;
        this.revisions = revisions;
        this.history = history;
    }

    /** Whether the person steers every report: the coordinator and the admin. */
    static boolean steers(Actor actor) {
        return actor.has(Role.ADMIN) || actor.has(Role.COORDINATOR);
    }

    /** The signed-in person, refused unless they steer every report. */
    Actor requireSteerer() {
        Actor actor = currentUser.require();
        if (!steers(actor)) {
            throw new AccessDeniedException();
        }
        return actor;
    }

    /** Whether the person holds the task themselves: assigned to them and not delegated. */
    static boolean holds(WorkItem item, Actor actor) {
        return !item.delegated() && actor.username().equals(item.assignee());
    }

    static void requireSteerOrHold(Actor actor, WorkItem item) {
        if (!holds(item, actor) && !steers(actor)) {
            throw new AccessDeniedException();
        }
    }

    /** Whether the task waits unclaimed in a pool the actor belongs to. */
    static boolean mayClaim(WorkItem item, Actor actor) {
        return item.assignee() == null && item.offeredTo(actor.username(), actor.groups());
    }

    WorkItem task(Step step, long subjectId) {
        if (step == null) {
            throw new UserFacingException("error.task-gone");
        }
        return work.openTask(step, subjectId).orElseThrow(() -> new UserFacingException("error.task-gone"));
    }

    ReportSection assignedSection(long sectionId) {
        return sections.findById(sectionId).filter(ReportSection::isAssigned).orElseThrow(NotFoundException::new);
    }

    /**
     * Who may receive the open task, by transfer or delegation: the step's candidates but its holder. An office check
     * may also go to the head of another office, never to the person who submitted the revision it checks. Those the
     * task is offered to come first.
     */
    List<Actor> eligibleActors(WorkItem item) {
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

    /** A reason the operation may go without: empty when none, stripped. */
    static String optionalReason(String reason) {
        return TextInput.optional(reason, MAX_REASON_LENGTH, REASON).strip();
    }

    /** A reason the operation needs, as typed. */
    static String requiredReason(String reason) {
        return TextInput.required(reason, MAX_REASON_LENGTH, REASON);
    }

    /** The history comment naming whom (or where) an operation went to, with its reason when there is one. */
    static String withName(String name, String note) {
        return note.isEmpty() ? name : name + "：" + note;
    }

    /** Writes the operation on the task to its report's history, against its section when it has one. */
    void record(Actor actor, WorkItem item, HistoryAction action, String comment) {
        history.record(actor, item.reportId(), item.sectionId(), action, comment);
    }
}
