package com.reportflow.workflow;

import java.time.Instant;
import java.util.Set;

/**
 * An open task: what step, on which report or section, who holds it or may take it, since when, due when; who
 * delegated it (null unless delegated) and which legal advisors were asked to co-review it.
 */
public record WorkItem(
        String taskId,
        Step step,
        long reportId,
        Long sectionId,
        String assignee,
        Set<String> candidateGroups,
        Instant createdAt,
        Instant dueAt,
        String owner,
        Set<String> coReviewers) {

    public WorkItem {
        candidateGroups = Set.copyOf(candidateGroups);
        coReviewers = Set.copyOf(coReviewers);
    }

    /**
     * Whether the holder delegated the task (委派): the assignee is then the delegate, who works on it and hands it
     * back; only the owner may decide.
     */
    public boolean delegated() {
        return owner != null;
    }

    public long subjectId() {
        return step.scope() == Step.Scope.SECTION ? sectionId : reportId;
    }
}
