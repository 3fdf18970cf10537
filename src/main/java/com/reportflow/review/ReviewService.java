package com.reportflow.review;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Role;
import com.reportflow.report.History;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.Report;
import com.reportflow.report.ReportAccess;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportSection;
import com.reportflow.report.ReportStage;
import com.reportflow.report.SectionDetails;
import com.reportflow.report.SectionRepository;
import com.reportflow.report.SectionStatus;
import com.reportflow.shared.ConflictRetry;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.shared.TextInput;
import com.reportflow.workflow.Decision;
import com.reportflow.workflow.ReportWorkflow;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.WorkItem;
import org.springframework.stereotype.Service;

/** The legal advisor's decisions on a section. The advisor reads the text and never edits it. */
@Service
public class ReviewService {

    static final int MAX_OPINION_LENGTH = 5_000;

    private final SectionRepository sections;
    private final ReportQueries queries;
    private final ReportWorkflow workflow;
    private final History history;
    private final CurrentUser currentUser;
    private final ConflictRetry retry;

    ReviewService(
            SectionRepository sections,
            ReportQueries queries,
            ReportWorkflow workflow,
            History history,
            CurrentUser currentUser,
            ConflictRetry retry) {
        this.sections = sections;
        this.queries = queries;
        this.workflow = workflow;
        this.history = history;
        this.currentUser = currentUser;
        this.retry = retry;
    }

    public SectionDetails section(long sectionId) {
        return queries.section(sectionId);
    }

    /** Whether the current user may decide on the section now. */
    public boolean mayDecide(long sectionId) {
        Actor actor = currentUser.require();
        if (!actor.has(Role.LEGAL_ADVISOR)) {
            return false;
        }
        return retry.inTransaction(() -> workflow.openTask(Step.LEGALITY_REVIEW, sectionId)
                .map(item -> item.assignee() == null || item.assignee().equals(actor.username()))
                .orElse(false));
    }

    /** Takes the review, so other advisors see who is reading it. */
    public void take(long sectionId) {
        Actor actor = currentUser.require();
        ReportAccess.requireRole(actor, Role.LEGAL_ADVISOR);
        retry.inTransaction(() -> {
            ReportSection section = underReview(sectionId);
            if (workflow.take(Step.LEGALITY_REVIEW, sectionId, actor)) {
                history.record(actor, section.getReportId(), sectionId, HistoryAction.TASK_TAKEN, null);
            }
        });
    }

    /** Approves the section as lawful; when it is the last one, the report moves to compile. */
    public void approve(long sectionId) {
        decide(sectionId, Decision.APPROVE, null);
    }

    /** Returns the section to its office with a written opinion, which is required. */
    public void returnWithOpinion(long sectionId, String opinion) {
        decide(sectionId, Decision.RETURN, opinion);
    }

    private void decide(long sectionId, Decision decision, String opinion) {
        Actor actor = currentUser.require();
        ReportAccess.requireRole(actor, Role.LEGAL_ADVISOR);
        String comment =
                decision == Decision.RETURN ? TextInput.required(opinion, MAX_OPINION_LENGTH, "opinion") : null;
        retry.inTransaction(() -> {
            ReportSection section = underReview(sectionId);
            WorkItem task = workflow.actionable(Step.LEGALITY_REVIEW, sectionId, actor);
            section.moveTo(decision == Decision.APPROVE ? SectionStatus.APPROVED : SectionStatus.RETURNED);
            sections.flush();
            workflow.complete(task, actor, decision);
            history.record(
                    actor,
                    section.getReportId(),
                    sectionId,
                    decision == Decision.APPROVE ? HistoryAction.APPROVED : HistoryAction.RETURNED,
                    comment);
            Report report = section.getReport();
            if (decision == Decision.APPROVE
                    && report.getStage() == ReportStage.DRAFTING
                    && sections.countByReport_IdAndOfficeIsNotNull(report.getId())
                            == sections.countByReport_IdAndStatus(report.getId(), SectionStatus.APPROVED)) {
                report.moveTo(ReportStage.COMPILING);
            }
        });
    }

    private ReportSection underReview(long sectionId) {
        ReportSection section = sections.findById(sectionId).orElseThrow(NotFoundException::new);
        if (section.getStatus() != SectionStatus.LEGAL_REVIEW) {
            throw new InvalidInputException("error.task-gone");
        }
        return section;
    }
}
