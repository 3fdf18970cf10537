package com.reportflow.workflow;

import java.time.Instant;
import java.util.Set;

/**
 * An open task: what step, on which report or section, who holds it or may take it (its candidate groups, and the
 * people named for it alone, as the office check of a revision a head submitted names the other heads), since when,
 * due when; who
 * delegated it (null unless delegated) and which legal advisors were asked to co-review it.
 */
public record WorkItem(
        String taskId,
        Step step,
        long reportId,
        Long sectionId,
        String assignee,
        Set<String> candidateGroups,
        Set<String> candidateUsers,
        Instant createdAt,
        Instant dueAt,
        String owner,
        Set<String> coReviewers) {

    public WorkItem {
        candidateGroups = Set.copyOf(candidateGroups);
        candidateUsers = Set.copyOf(candidateUsers);
        coReviewers = Set.copyOf(coReviewers);
    }

    /**
     * Whether the holder delegated the task (委派): the assignee is then the delegate, who works on it and hands it
     * back; only the owner may decide.
     */
    public boolean delegated() {
        return owner != null;
    }

    /** Whether the person may take the task from its pool: a member of a candidate group, or named for it. */
    public boolean offeredTo(String username, Set<String> groups) {
        return candidateUsers.contains(username) || groups.stream().anyMatch(candidateGroups::contains);
    }

    public long subjectId() {
        return step.scope() == Step.Scope.SECTION ? sectionId : reportId;
    }
}
