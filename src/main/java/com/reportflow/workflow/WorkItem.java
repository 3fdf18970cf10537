package com.reportflow.workflow;

import java.time.Instant;
import java.util.Set;

/** An open task: what step, on which report or section, who holds it or may take it, since when, due when. */
public record WorkItem(
        String taskId,
        Step step,
        long reportId,
        Long sectionId,
        String assignee,
        Set<String> candidateGroups,
        Instant createdAt,
        Instant dueAt) {

    public WorkItem {
        candidateGroups = Set.copyOf(candidateGroups);
    }

    public long subjectId() {
        return step.scope() == Step.Scope.SECTION ? sectionId : reportId;
    }
}
