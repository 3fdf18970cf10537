package com.reportflow.drafting;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Role;
import com.reportflow.report.Delegations;
import com.reportflow.report.History;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.ReportAccess;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportSection;
import com.reportflow.report.Revisions;
import com.reportflow.report.SectionDetails;
import com.reportflow.report.SectionRepository;
import com.reportflow.report.SectionRevision;
import com.reportflow.report.SectionStatus;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.ConflictRetry;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.shared.TextInput;
import com.reportflow.workflow.Decision;
import com.reportflow.workflow.ReportWorkflow;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.WorkItem;
import com.reportflow.workflow.WorkQueries;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** What an office does with its sections: draft, save, submit, and the office head's check. */
@Service
public class DraftingService {

    static final int MAX_OPINION_LENGTH = 5_000;

    private final SectionRepository sections;
    private final ReportQueries queries;
    private final ReportWorkflow workflow;
    private final WorkQueries work;
    private final History history;
    private final Revisions revisions;
    private final CurrentUser currentUser;
    private final Directory directory;
    private final ConflictRetry retry;
    private final Clock clock;
    private final Delegations delegations;

    DraftingService(
            SectionRepository sections,
            ReportQueries queries,
            ReportWorkflow workflow,
            WorkQueries work,
            History history,
            Revisions revisions,
            CurrentUser currentUser,
            Directory directory,
            ConflictRetry retry,
            Clock clock,
            Delegations delegations) {
        this.sections = sections;
        this.queries = queries;
        this.workflow = workflow;
        this.work = work;
        this.history = history;
        this.revisions = revisions;
        this.currentUser = currentUser;
        this.directory = directory;
        this.retry = retry;
        this.clock = clock;
        this.delegations = delegations;
    }

    /**
     * The section as its office sees it; also for a head of another office who holds its office check (the
     * coordinator transferred it to them because nobody in the office could make it).
     */
    public SectionDetails section(long sectionId) {
        Actor actor = currentUser.require();
        return retry.inTransaction(() -> {
            ReportSection section = sections.findById(sectionId)
                    .filter(ReportSection::isAssigned)
                    .orElseThrow(NotFoundException::new);
            if (!ReportAccess.mayRead(actor, section) && !isChecker(actor, section)) {
                throw new AccessDeniedException();
            }
            return queries.detailsOf(section);
        });
    }

    /**
     * What the drafting screen shows and offers, in one read: the section, and whether the signed-in person may edit
     * it, holds its step, may withdraw its submission, and who delegated the drafting to them.
     */
    public DraftScreen screen(long sectionId) {
        return retry.inTransaction(() -> {
            Actor actor = currentUser.require();
            ReportSection section = sections.findById(sectionId)
                    .filter(ReportSection::isAssigned)
                    .orElseThrow(NotFoundException::new);
            if (!ReportAccess.mayRead(actor, section) && !isChecker(actor, section)) {
                throw new AccessDeniedException();
            }
            Optional<WorkItem> task = work.openSectionTask(sectionId);
            boolean editable = mayEdit(actor, section, task);
            return new DraftScreen(
                    queries.detailsOf(section, task),
                    editable,
                    holds(actor, task),
                    mayWithdraw(actor, section, task),
                    editable ? task.flatMap(item -> delegations.delegatedBy(item, actor)) : Optional.empty());
        });
    }

    /** Whether the current user may edit the section's text now. */
    public boolean mayEdit(long sectionId) {
        Actor actor = currentUser.require();
        return retry.inTransaction(() -> {
            ReportSection section = sections.findById(sectionId).orElseThrow(NotFoundException::new);
            return mayEdit(actor, section, work.openSectionTask(sectionId));
        });
    }

    private static boolean mayEdit(Actor actor, ReportSection section, Optional<WorkItem> task) {
        return isOfficeAuthor(actor, section)
                && section.getStatus().isDraftable()
                && task.filter(item -> item.step() == Step.DRAFT_SECTION)
                        .map(item -> item.assignee() == null || item.assignee().equals(actor.username()))
                        .orElse(false);
    }

    /** What the office-check screen shows, and whether the signed-in person may make the check now, in one read. */
    public OfficeCheckScreen checkScreen(long sectionId) {
        return retry.inTransaction(() -> {
            Actor actor = currentUser.require();
            ReportSection section = sections.findById(sectionId)
                    .filter(ReportSection::isAssigned)
                    .orElseThrow(NotFoundException::new);
            boolean checker = isChecker(actor, section);
            if (!ReportAccess.mayRead(actor, section) && !checker) {
                throw new AccessDeniedException();
            }
            Optional<WorkItem> task = work.openSectionTask(sectionId);
            return new OfficeCheckScreen(queries.detailsOf(section, task), checker && mayCheck(actor, section, task));
        });
    }

    /** Whether the current user may make the office-head check of the section now. */
    public boolean mayCheck(long sectionId) {
        Actor actor = currentUser.require();
        return retry.inTransaction(() -> {
            ReportSection section = sections.findById(sectionId).orElseThrow(NotFoundException::new);
            return isChecker(actor, section) && mayCheck(actor, section, work.openSectionTask(sectionId));
        });
    }

    /** The section waits at its office check, unclaimed and offered to the person, or held by them. */
    private static boolean mayCheck(Actor actor, ReportSection section, Optional<WorkItem> task) {
        return section.getStatus() == SectionStatus.OFFICE_CHECK
                && task.filter(item -> item.step() == Step.OFFICE_CHECK)
                        .map(item -> item.assignee() == null
                                ? item.offeredTo(actor.username(), actor.groups())
                                : item.assignee().equals(actor.username()))
                        .orElse(false);
    }

    /** Saves the text as typed so far; returns the new version. A stale version is refused, nothing overwritten. */
    public long save(long sectionId, long expectedVersion, String text) {
        Actor actor = currentUser.require();
        return retry.inTransaction(() -> {
            ReportSection section = editable(actor, sectionId);
            write(
                    actor,
                    section,
                    expectedVersion,
                    TextInput.optional(text, ReportSection.MAX_BODY_LENGTH, "section.body"));
            return section.getVersion();
        });
    }

    /**
     * Saves the text and sends the section on, where the section process routes it: to the office head when the
     * report asks for the check, else to review. A head who submitted while no other head of the office is active
     * skips the check, and the history says why.
     */
    public void submit(long sectionId, long expectedVersion, String text) {
        Actor actor = currentUser.require();
        retry.inTransaction(() -> {
            ReportSection section = editable(actor, sectionId);
            String body = TextInput.optional(text, ReportSection.MAX_BODY_LENGTH, "section.body");
            if (body.isBlank()) {
                throw new InvalidInputException("error.section.empty");
            }
            write(actor, section, expectedVersion, body);
            WorkItem task = workflow.actionable(Step.DRAFT_SECTION, sectionId, actor);
            // The revision is frozen first: the process reads who submitted it to route the office check.
            SectionRevision revision = revisions.freeze(actor, section);
            Step next = workflow.completeAndFollow(task, actor).orElseThrow(IllegalStateException::new);
            section.submitted(next);
            history.record(actor, revision, HistoryAction.SUBMITTED, null, null);
            if (next != Step.OFFICE_CHECK && section.getReport().isOfficeHeadCheck()) {
                history.record(actor, revision, HistoryAction.OFFICE_CHECK_SELF_SKIPPED, null, null);
            }
        });
    }

    /** Whether the current user may withdraw the section's submission now: nobody has taken up its check yet. */
    public boolean mayWithdraw(long sectionId) {
        Actor actor = currentUser.require();
        return retry.inTransaction(() -> {
            ReportSection section = sections.findById(sectionId).orElseThrow(NotFoundException::new);
            return mayWithdraw(actor, section, work.openSectionTask(sectionId));
        });
    }

    private static boolean mayWithdraw(Actor actor, ReportSection section, Optional<WorkItem> task) {
        return isOfficeAuthor(actor, section)
                && isSubmitted(section)
                && task.map(item -> item.assignee() == null).orElse(false);
    }

    /**
     * Takes a submission back (撤回) before its check or review has been taken up; the section returns to drafting and
     * the submitted revision stays on record.
     */
    public void withdraw(long sectionId) {
        Actor actor = currentUser.require();
        retry.inTransaction(() -> {
            ReportSection section = sections.findById(sectionId).orElseThrow(NotFoundException::new);
            if (!isOfficeAuthor(actor, section)) {
                throw new AccessDeniedException();
            }
            if (!isSubmitted(section)) {
                throw new InvalidInputException("error.withdraw.not-submitted");
            }
            workflow.withdraw(sectionId);
            section.withdrawn();
            SectionRevision revision = revisions.latest(sectionId).orElseThrow(IllegalStateException::new);
            history.record(actor, revision, HistoryAction.WITHDRAWN, null, null);
        });
    }

    private static boolean isSubmitted(ReportSection section) {
        return section.getStatus() == SectionStatus.OFFICE_CHECK || section.getStatus() == SectionStatus.LEGAL_REVIEW;
    }

    /** The office head passes the draft on to legality review. */
    public void approveInOffice(long sectionId) {
        decideInOffice(sectionId, Decision.APPROVE, null);
    }

    /** The office head sends the draft back to the author with an opinion. */
    public void returnInOffice(long sectionId, String opinion) {
        decideInOffice(sectionId, Decision.RETURN, opinion);
    }

    /** Takes the section's open step (drafting, or the office head's check), so colleagues see who holds it. */
    public void take(long sectionId) {
        Actor actor = currentUser.require();
        retry.inTransaction(() -> {
            ReportSection section = sections.findById(sectionId).orElseThrow(NotFoundException::new);
            Step step = officeStep(actor, section);
            if (workflow.take(step, sectionId, actor)) {
                history.record(actor, section.getReportId(), sectionId, HistoryAction.TASK_TAKEN, null);
            }
        });
    }

    /** Gives the section's open step back to the office, so any colleague may take it. */
    public void release(long sectionId) {
        Actor actor = currentUser.require();
        retry.inTransaction(() -> {
            ReportSection section = sections.findById(sectionId).orElseThrow(NotFoundException::new);
            Step step = officeStep(actor, section);
            workflow.release(step, sectionId, actor);
            history.record(actor, section.getReportId(), sectionId, HistoryAction.TASK_RELEASED, null);
        });
    }

    /** Who delegated the section's drafting to the current user (委派), if it is delegated to them. */
    public Optional<String> delegatedBy(long sectionId) {
        return delegations.delegatedToMeBy(Step.DRAFT_SECTION, sectionId);
    }

    /** Hands a delegated drafting task back to the author who delegated it; they submit. */
    public void handBack(long sectionId) {
        delegations.handBack(Step.DRAFT_SECTION, sectionId, "");
    }

    /** Whether the current user holds the section's open step in the office. */
    public boolean holds(long sectionId) {
        Actor actor = currentUser.require();
        return retry.inTransaction(() -> holds(actor, work.openSectionTask(sectionId)));
    }

    private static boolean holds(Actor actor, Optional<WorkItem> task) {
        return task.map(item -> actor.username().equals(item.assignee())).orElse(false);
    }

    private Step officeStep(Actor actor, ReportSection section) {
        Step step = section.getStatus() == SectionStatus.OFFICE_CHECK ? Step.OFFICE_CHECK : Step.DRAFT_SECTION;
        boolean allowed = step == Step.OFFICE_CHECK ? isChecker(actor, section) : isOfficeAuthor(actor, section);
        if (!allowed) {
            throw new AccessDeniedException();
        }
        return step;
    }

    private void decideInOffice(long sectionId, Decision decision, String opinion) {
        Actor actor = currentUser.require();
        retry.inTransaction(() -> {
            ReportSection section = sections.findById(sectionId).orElseThrow(NotFoundException::new);
            if (!isChecker(actor, section)) {
                throw new AccessDeniedException();
            }
            String comment =
                    decision == Decision.RETURN ? TextInput.required(opinion, MAX_OPINION_LENGTH, "opinion") : null;
            if (section.getStatus() != SectionStatus.OFFICE_CHECK) {
                throw new InvalidInputException("error.task-gone");
            }
            // The check exists so that someone other than the author looks at the draft: a head who submitted
            // this revision themselves never decides on it, whatever the screen offered.
            SectionRevision checked = revisions.latest(sectionId).orElseThrow(IllegalStateException::new);
            if (actor.username().equals(checked.getSubmittedBy())) {
                throw new InvalidInputException("error.office-check.own-revision");
            }
            WorkItem task = workflow.actionable(Step.OFFICE_CHECK, sectionId, actor);
            section.checkedInOffice(decision == Decision.APPROVE);
            workflow.complete(task, actor, decision);
            history.record(
                    actor,
                    revisions.latest(sectionId).orElseThrow(IllegalStateException::new),
                    decision == Decision.APPROVE ? HistoryAction.OFFICE_APPROVED : HistoryAction.OFFICE_RETURNED,
                    comment,
                    null);
        });
    }

    private ReportSection editable(Actor actor, long sectionId) {
        ReportSection section = sections.findById(sectionId).orElseThrow(NotFoundException::new);
        if (!isOfficeAuthor(actor, section)) {
            throw new AccessDeniedException();
        }
        if (!section.getStatus().isDraftable()) {
            throw new InvalidInputException("error.section.not-editable");
        }
        workflow.actionable(Step.DRAFT_SECTION, sectionId, actor);
        return section;
    }

    private void write(Actor actor, ReportSection section, long expectedVersion, String body) {
        if (section.getVersion() != expectedVersion) {
            throw new StaleEditException(
                    section.getUpdatedBy() == null ? "?" : directory.displayName(section.getUpdatedBy()));
        }
        if (!body.equals(section.getBody())) {
            section.writeBody(body, actor.username(), clock.instant());
            sections.flush();
        }
    }

    private static boolean isOfficeAuthor(Actor actor, ReportSection section) {
        return actor.has(Role.AUTHOR)
                && section.isAssigned()
                && actor.belongsTo(section.getOffice().getId());
    }

    private static boolean isOfficeHead(Actor actor, ReportSection section) {
        return actor.has(Role.OFFICE_HEAD)
                && section.isAssigned()
                && actor.belongsTo(section.getOffice().getId());
    }

    /**
     * Who may make the section's office check: a head of its office, or an office head the open check was
     * transferred to or named for (the engine façade still checks they are its candidate or holder).
     */
    private boolean isChecker(Actor actor, ReportSection section) {
        if (isOfficeHead(actor, section)) {
            return true;
        }
        return actor.has(Role.OFFICE_HEAD)
                && section.isAssigned()
                && work.openTask(Step.OFFICE_CHECK, section.getId())
                        .map(item -> actor.username().equals(item.assignee())
                                || item.candidateUsers().contains(actor.username()))
                        .orElse(false);
    }
}
