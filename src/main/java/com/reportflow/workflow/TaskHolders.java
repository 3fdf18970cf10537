package com.reportflow.workflow;

import java.time.Instant;
import java.util.Set;

/**
 * Who must hear about an open task when its deadline nears or passes: its holder when someone has taken it,
 * else everyone in its candidate groups and everyone named for it. The task id tells one round of a step from the next (a returned section
 * is drafted again in a new task).
 */
public record TaskHolders(
        String taskId,
        long reportId,
        Long sectionId,
        Instant dueAt,
        String assignee,
        Set<String> candidateGroups,
        Set<String> candidateUsers) {

    public TaskHolders {
        candidateGroups = Set.copyOf(candidateGroups);
        candidateUsers = Set.copyOf(candidateUsers);
    }

    public boolean taken() {
        return assignee != null;
    }
}
