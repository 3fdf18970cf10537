package com.reportflow.drafting;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Role;
import com.reportflow.report.History;
import com.reportflow.report.HistoryAction;
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
import com.reportflow.steering.SteeringService;
import com.reportflow.workflow.Decision;
import com.reportflow.workflow.ReportWorkflow;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.WorkItem;
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
    private final History history;
    private final Revisions revisions;
    private final CurrentUser currentUser;
    private final Directory directory;
    private final ConflictRetry retry;
    private final Clock clock;
    private final SteeringService steering;

    DraftingService(
            SectionRepository sections,
            ReportQueries queries,
            ReportWorkflow workflow,
            History history,
            Revisions revisions,
            CurrentUser currentUser,
            Directory directory,
            ConflictRetry retry,
            Clock clock,
            SteeringService steering) {
        this.sections = sections;
        this.queries = queries;
        this.workflow = workflow;
        this.history = history;
        this.revisions = revisions;
        this.currentUser = currentUser;
        this.directory = directory;
        this.retry = retry;
        this.clock = clock;
        this.steering = steering;
    }

    public SectionDetails section(long sectionId) {
        return queries.section(sectionId);
    }

    /** Whether the current user may edit the section's text now. */
    public boolean mayEdit(long sectionId) {
        Actor actor = currentUser.require();
        return retry.inTransaction(() -> {
            ReportSection section = sections.findById(sectionId).orElseThrow(NotFoundException::new);
            return isOfficeAuthor(actor, section)
                    && section.getStatus().isDraftable()
                    && workflow.openTask(Step.DRAFT_SECTION, sectionId)
                            .map(item ->
                                    item.assignee() == null || item.assignee().equals(actor.username()))
                            .orElse(false);
        });
    }

    /** Whether the current user may make the office-head check of the section now. */
    public boolean mayCheck(long sectionId) {
        Actor actor = currentUser.require();
        return retry.inTransaction(() -> {
            ReportSection section = sections.findById(sectionId).orElseThrow(NotFoundException::new);
            return isOfficeHead(actor, section)
                    && section.getStatus() == SectionStatus.OFFICE_CHECK
                    && workflow.openTask(Step.OFFICE_CHECK, sectionId)
                            .map(item ->
                                    item.assignee() == null || item.assignee().equals(actor.username()))
                            .orElse(false);
        });
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

    /** Saves the text and sends the section on: to the office head when the report asks for it, else to review. */
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
            section.moveTo(
                    section.getReport().isOfficeHeadCheck() ? SectionStatus.OFFICE_CHECK : SectionStatus.LEGAL_REVIEW);
            workflow.complete(task, actor);
            history.record(actor, revisions.freeze(actor, section), HistoryAction.SUBMITTED, null, null);
        });
    }

    /** Whether the current user may withdraw the section's submission now: nobody has taken up its check yet. */
    public boolean mayWithdraw(long sectionId) {
        Actor actor = currentUser.require();
        return retry.inTransaction(() -> {
            ReportSection section = sections.findById(sectionId).orElseThrow(NotFoundException::new);
            return isOfficeAuthor(actor, section)
                    && isSubmitted(section)
                    && workflow.openSectionTask(sectionId)
                            .map(item -> item.assignee() == null)
                            .orElse(false);
        });
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
            section.moveTo(SectionStatus.DRAFTING);
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
        return steering.delegatedToMeBy(Step.DRAFT_SECTION, sectionId);
    }

    /** Hands a delegated drafting task back to the author who delegated it; they submit. */
    public void handBack(long sectionId) {
        steering.handBack(Step.DRAFT_SECTION, sectionId, "");
    }

    /** Whether the current user holds the section's open step in the office. */
    public boolean holds(long sectionId) {
        Actor actor = currentUser.require();
        return retry.inTransaction(() -> workflow.openSectionTask(sectionId)
                .map(item -> actor.username().equals(item.assignee()))
                .orElse(false));
    }

    private static Step officeStep(Actor actor, ReportSection section) {
        Step step = section.getStatus() == SectionStatus.OFFICE_CHECK ? Step.OFFICE_CHECK : Step.DRAFT_SECTION;
        boolean allowed = step == Step.OFFICE_CHECK ? isOfficeHead(actor, section) : isOfficeAuthor(actor, section);
        if (!allowed) {
            throw new AccessDeniedException();
        }
        return step;
    }

    private void decideInOffice(long sectionId, Decision decision, String opinion) {
        Actor actor = currentUser.require();
        retry.inTransaction(() -> {
            ReportSection section = sections.findById(sectionId).orElseThrow(NotFoundException::new);
            if (!isOfficeHead(actor, section)) {
                throw new AccessDeniedException();
            }
            String comment =
                    decision == Decision.RETURN ? TextInput.required(opinion, MAX_OPINION_LENGTH, "opinion") : null;
            if (section.getStatus() != SectionStatus.OFFICE_CHECK) {
                throw new InvalidInputException("error.task-gone");
            }
            WorkItem task = workflow.actionable(Step.OFFICE_CHECK, sectionId, actor);
            // The check exists so that someone other than the author looks at the draft: a head who submitted
            // this revision themselves never decides on it, whatever the screen offered.
            SectionRevision checked = revisions.latest(sectionId).orElseThrow(IllegalStateException::new);
            if (actor.username().equals(checked.getSubmittedBy())) {
                throw new InvalidInputException("error.office-check.own-revision");
            }
            section.moveTo(decision == Decision.APPROVE ? SectionStatus.LEGAL_REVIEW : SectionStatus.RETURNED);
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
}
