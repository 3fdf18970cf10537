package com.reportflow.review;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CandidateGroups;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Role;
import com.reportflow.report.History;
import com.reportflow.report.HistoryAction;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.ConflictRetry;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.TextInput;
import com.reportflow.shared.UserFacingException;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.TaskSteering;
import com.reportflow.workflow.WorkItem;
import com.reportflow.workflow.WorkQueries;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Co-review (加签) of a legality review: the review's holder (or a coordinator or admin steering the report) asks a
 * second legal advisor to read the round; they see it in their inbox and give an opinion; the holder cannot approve
 * the section until every co-review of the round is given.
 */
@Service
public class CoReviews {

    static final int MAX_REASON_LENGTH = 1_000;
    static final int MAX_OPINION_LENGTH = 5_000;

    private final WorkQueries work;

    private final TaskSteering taskSteering;
    private final CoReviewRepository coReviews;
    private final Directory directory;
    private final History history;
    private final CurrentUser currentUser;
    private final ConflictRetry retry;
    private final Clock clock;

    CoReviews(
            WorkQueries work,
            TaskSteering taskSteering,
            CoReviewRepository coReviews,
            Directory directory,
            History history,
            CurrentUser currentUser,
            ConflictRetry retry,
            Clock clock) {
        this.work = work;
        this.taskSteering = taskSteering;
        this.coReviews = coReviews;
        this.directory = directory;
        this.history = history;
        this.currentUser = currentUser;
        this.retry = retry;
        this.clock = clock;
    }

    /** Legal advisors who may be asked to co-review the section's legality review now. */
    @Transactional(readOnly = true)
    public List<Actor> candidates(long sectionId) {
        Actor actor = currentUser.require();
        WorkItem item = reviewTask(sectionId);
        requireHolderOrSteerer(actor, item);
        return directory.members(Set.of(CandidateGroups.role(Role.LEGAL_ADVISOR))).stream()
                .filter(a -> !a.username().equals(item.assignee()))
                .filter(a -> !item.coReviewers().contains(a.username()))
                .filter(a -> coReviews
                        .findByTaskIdAndReviewer(item.taskId(), a.username())
                        .isEmpty())
                .toList();
    }

    /** Asks a second legal advisor to co-review the held legality review, with an optional reason. */
    public void addCoReviewer(long sectionId, String username, String reason) {
        Actor actor = currentUser.require();
        retry.inTransaction(() -> {
            WorkItem item = reviewTask(sectionId);
            requireHolderOrSteerer(actor, item);
            String note = TextInput.optional(reason, MAX_REASON_LENGTH, "steering.reason")
                    .strip();
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
            taskSteering.addCoReviewer(sectionId, target.username());
            history.record(
                    actor,
                    item.reportId(),
                    sectionId,
                    HistoryAction.CO_REVIEWER_ADDED,
                    note.isEmpty() ? target.displayName() : target.displayName() + "：" + note);
        });
    }

    /** The co-reviews of the section's current round of legality review; empty when it is not under review. */
    @Transactional(readOnly = true)
    public List<CoReviewRow> coReviewsOf(long sectionId) {
        return work.openTask(Step.LEGALITY_REVIEW, sectionId)
                .map(item -> rows(item.taskId()))
                .orElse(List.of());
    }

    /** The co-reviews of one round (the review task), for a caller that already holds the task. */
    @Transactional(readOnly = true)
    public List<CoReviewRow> rows(String taskId) {
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

    /** Whether the signed-in person was asked to co-review the section's current review and has not yet answered. */
    @Transactional(readOnly = true)
    public boolean asksCoReview(long sectionId) {
        Actor me = currentUser.require();
        return work.openTask(Step.LEGALITY_REVIEW, sectionId)
                .map(item -> asks(item, me))
                .orElse(false);
    }

    /** Whether the person was asked to co-review this round of review and has not yet answered. */
    boolean asks(WorkItem review, Actor person) {
        return coReviews
                .findByTaskIdAndReviewer(review.taskId(), person.username())
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
            taskSteering.removeCoReviewer(item.taskId(), actor.username());
            history.record(actor, item.reportId(), sectionId, HistoryAction.CO_REVIEWED, text);
        });
    }

    /**
     * Refuses an approval while a co-review of the task is still open, naming who has yet to answer. Joins the
     * caller's transaction (the review decision).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void requireCoReviewsDone(String taskId) {
        String waiting = coReviews.findByTaskIdOrderByRequestedAtAscIdAsc(taskId).stream()
                .filter(CoReview::isOpen)
                .map(c -> directory.displayName(c.getReviewer()))
                .collect(Collectors.joining("、"));
        if (!waiting.isEmpty()) {
            throw new InvalidInputException("steering.error.co-review-open", waiting);
        }
    }

    private WorkItem reviewTask(long sectionId) {
        return work.openTask(Step.LEGALITY_REVIEW, sectionId)
                .orElseThrow(() -> new UserFacingException("steering.error.not-in-review"));
    }

    private static void requireHolderOrSteerer(Actor actor, WorkItem item) {
        boolean holds = !item.delegated() && actor.username().equals(item.assignee());
        if (!holds && !actor.has(Role.ADMIN) && !actor.has(Role.COORDINATOR)) {
            throw new AccessDeniedException();
        }
    }
}
