package com.reportflow.steering;

import com.reportflow.review.CoReviewRow;
import com.reportflow.workflow.Step;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An open task as the steering pages show it: the step, what it is about, who holds it (null while unclaimed) or
 * may take it, who delegated it (null unless delegated), since when, due when; its co-reviews, and what the viewer
 * may do to it.
 */
public record OpenTask(
        Step step,
        long reportId,
        Long sectionId,
        String subject,
        String holder,
        String holderName,
        String candidates,
        String delegatedByName,
        Instant since,
        Instant dueAt,
        boolean overdue,
        List<CoReviewRow> coReviews,
        Set<Operation> operations) {

    public OpenTask {
        coReviews = List.copyOf(coReviews);
        operations = Set.copyOf(operations);
    }

    public long subjectId() {
        return step.scope() == Step.Scope.SECTION ? sectionId : reportId;
    }

    public boolean delegated() {
        return delegatedByName != null;
    }
}
