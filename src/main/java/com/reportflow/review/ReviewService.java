package com.reportflow.review;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Role;
import com.reportflow.report.Delegations;
import com.reportflow.report.History;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.LegalOpinion;
import com.reportflow.report.OpinionAspect;
import com.reportflow.report.ReportAccess;
import com.reportflow.report.ReportDocument;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportSection;
import com.reportflow.report.ReviewOpinion;
import com.reportflow.report.Revisions;
import com.reportflow.report.SectionDetails;
import com.reportflow.report.SectionRepository;
import com.reportflow.report.SectionRevision;
import com.reportflow.report.SectionStatus;
import com.reportflow.shared.ConflictRetry;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.shared.TextInput;
import com.reportflow.workflow.Decision;
import com.reportflow.workflow.ReportWorkflow;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.WorkItem;
import com.reportflow.workflow.WorkQueries;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The legal advisor's decisions on a section. The advisor reads the text and never edits it. */
@Service
public class ReviewService {

    static final int MAX_OPINION_LENGTH = 5_000;

    private final SectionRepository sections;
    private final ReportQueries queries;
    private final ReportWorkflow workflow;
    private final WorkQueries work;
    private final History history;
    private final Revisions revisions;
    private final CurrentUser currentUser;
    private final ConflictRetry retry;
    private final CoReviews coReviews;
    private final Delegations delegations;

    ReviewService(
            SectionRepository sections,
            ReportQueries queries,
            ReportWorkflow workflow,
            WorkQueries work,
            History history,
            Revisions revisions,
            CurrentUser currentUser,
            ConflictRetry retry,
            CoReviews coReviews,
            Delegations delegations) {
        this.sections = sections;
        this.queries = queries;
        this.workflow = workflow;
        this.work = work;
        this.history = history;
        this.revisions = revisions;
        this.currentUser = currentUser;
        this.retry = retry;
        this.coReviews = coReviews;
        this.delegations = delegations;
    }

    /** The co-reviews (加签) of the current round of review, with the opinions given so far. */
    public List<CoReviewRow> coReviews(long sectionId) {
        queries.section(sectionId);
        return coReviews.coReviewsOf(sectionId);
    }

    /** Whether the signed-in advisor was asked to co-review the section and has yet to give their opinion. */
    public boolean asksCoReview(long sectionId) {
        return coReviews.asksCoReview(sectionId);
    }

    /** Who delegated the section's review to the current advisor (委派), if it is delegated to them. */
    public Optional<String> delegatedBy(long sectionId) {
        return delegations.delegatedToMeBy(Step.LEGALITY_REVIEW, sectionId);
    }

    /** Hands a delegated review back to the advisor who delegated it; they decide. */
    public void handBack(long sectionId) {
        delegations.handBack(Step.LEGALITY_REVIEW, sectionId, "");
    }

    /** Records the signed-in co-reviewer's opinion; the review's holder decides. */
    public void giveCoReview(long sectionId, String opinion) {
        coReviews.giveCoReview(sectionId, opinion);
    }

    public SectionDetails section(long sectionId) {
        return queries.section(sectionId);
    }

    /**
     * What the review screen shows and offers, in one read: the section, whether the signed-in person may decide,
     * holds the review, was asked to co-review it or had it delegated to them, and the co-reviews of this round.
     */
    @Transactional(readOnly = true)
    public ReviewScreen screen(long sectionId) {
        Actor actor = currentUser.require();
        ReportSection section =
                sections.findById(sectionId).filter(ReportSection::isAssigned).orElseThrow(NotFoundException::new);
        ReportAccess.requireRead(actor, section);
        Optional<WorkItem> task = work.openSectionTask(sectionId);
        Optional<WorkItem> review = task.filter(item -> item.step() == Step.LEGALITY_REVIEW);
        boolean mayDecide = mayDecide(actor, review);
        return new ReviewScreen(
                queries.detailsOf(section, task),
                mayDecide,
                holds(actor, review),
                mayDecide ? review.flatMap(item -> delegations.delegatedBy(item, actor)) : Optional.empty(),
                review.map(item -> coReviews.asks(item, actor)).orElse(false),
                review.map(item -> coReviews.rows(item.taskId())).orElse(List.of()));
    }

    /** Whether the current user may decide on the section now. */
    public boolean mayDecide(long sectionId) {
        Actor actor = currentUser.require();
        if (!actor.has(Role.LEGAL_ADVISOR)) {
            return false;
        }
        return retry.inTransaction(() -> mayDecide(actor, work.openTask(Step.LEGALITY_REVIEW, sectionId)));
    }

    private static boolean mayDecide(Actor actor, Optional<WorkItem> review) {
        return actor.has(Role.LEGAL_ADVISOR)
                && review.map(item -> item.assignee() == null || item.assignee().equals(actor.username()))
                        .orElse(false);
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

    /** Gives a held review back to the advisors' pool (退回任务池), so another advisor may take it. */
    public void release(long sectionId) {
        Actor actor = currentUser.require();
        ReportAccess.requireRole(actor, Role.LEGAL_ADVISOR);
        retry.inTransaction(() -> {
            ReportSection section = underReview(sectionId);
            workflow.release(Step.LEGALITY_REVIEW, sectionId, actor);
            history.record(actor, section.getReportId(), sectionId, HistoryAction.TASK_RELEASED, null);
        });
    }

    /** Whether the signed-in advisor holds the section's review (and has not delegated it). */
    public boolean holds(long sectionId) {
        Actor actor = currentUser.require();
        return retry.inTransaction(() -> holds(actor, work.openTask(Step.LEGALITY_REVIEW, sectionId)));
    }

    private static boolean holds(Actor actor, Optional<WorkItem> review) {
        return review.map(item -> !item.delegated() && actor.username().equals(item.assignee()))
                .orElse(false);
    }

    /** Approves the revision under review as lawful, without remarks. */
    public void approve(long sectionId) {
        decide(sectionId, null, LegalOpinion.approval());
    }

    /** Returns the revision under review to its office with a written opinion, which is required. */
    public void returnWithOpinion(long sectionId, String opinion) {
        decide(sectionId, null, LegalOpinion.returning(opinion));
    }

    /**
     * Decides on the revision the advisor read. A return needs at least one finding or remark; when the section
     * was withdrawn and submitted again meanwhile, the decision is refused so that nobody decides on text they did
     * not read. When the last section is approved, the report moves to compile.
     *
     * @param revisionNumber the revision read, or null for the one under review now
     */
    public void decide(long sectionId, Integer revisionNumber, LegalOpinion opinion) {
        Actor actor = currentUser.require();
        ReportAccess.requireRole(actor, Role.LEGAL_ADVISOR);
        LegalOpinion checked = validated(opinion);
        retry.inTransaction(() -> {
            ReportSection section = underReview(sectionId);
            WorkItem task = workflow.actionable(Step.LEGALITY_REVIEW, sectionId, actor);
            SectionRevision revision = revisions.latest(sectionId).orElseThrow(IllegalStateException::new);
            if (revisionNumber != null && revision.getNumber() != revisionNumber) {
                throw new InvalidInputException("error.review.revision-changed", revision.getNumber());
            }
            if (checked.paragraph() != null
                    && checked.paragraph()
                            > ReportDocument.paragraphs(revision.getBody()).size()) {
                throw new InvalidInputException("error.opinion.paragraph");
            }
            Decision decision = checked.conclusion();
            if (decision == Decision.APPROVE) {
                coReviews.requireCoReviewsDone(task.taskId());
            }
            section.reviewed(decision == Decision.APPROVE);
            sections.flush();
            workflow.complete(task, actor, decision);
            ReviewOpinion recorded = revisions.recordOpinion(actor, revision, checked);
            history.record(
                    actor,
                    revision,
                    decision == Decision.APPROVE ? HistoryAction.APPROVED : HistoryAction.RETURNED,
                    null,
                    recorded);
            if (decision == Decision.APPROVE && sections.allApproved(section.getReportId())) {
                section.getReport().sectionsApproved();
            }
        });
    }

    private static LegalOpinion validated(LegalOpinion opinion) {
        if (opinion == null || opinion.conclusion() == null) {
            throw new InvalidInputException("error.opinion.conclusion");
        }
        Map<OpinionAspect, String> findings = new EnumMap<>(OpinionAspect.class);
        for (OpinionAspect aspect : OpinionAspect.values()) {
            findings.put(
                    aspect,
                    TextInput.optional(opinion.finding(aspect), MAX_OPINION_LENGTH, "opinion." + aspect.name())
                            .strip());
        }
        String remarks = TextInput.optional(opinion.remarks(), MAX_OPINION_LENGTH, "opinion")
                .strip();
        if (opinion.paragraph() != null && opinion.paragraph() < 1) {
            throw new InvalidInputException("error.opinion.paragraph");
        }
        LegalOpinion checked = new LegalOpinion(opinion.conclusion(), findings, remarks, opinion.paragraph());
        if (checked.conclusion() == Decision.RETURN && !checked.hasText()) {
            throw new InvalidInputException("error.required", "opinion");
        }
        return checked;
    }

    private ReportSection underReview(long sectionId) {
        ReportSection section = sections.findById(sectionId).orElseThrow(NotFoundException::new);
        if (section.getStatus() != SectionStatus.LEGAL_REVIEW) {
            throw new InvalidInputException("error.task-gone");
        }
        return section;
    }
}
