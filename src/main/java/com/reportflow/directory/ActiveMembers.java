package com.reportflow.directory;

import java.util.Collection;
import java.util.Set;

/**
 * Who is active now: the enabled people and the workflow candidate groups that have at least one of them, read in
 * one query, so a screen can tell for every open task whether anybody can act on it.
 */
public record ActiveMembers(Set<String> people, Set<String> groups) {

    public ActiveMembers {
        people = Set.copyOf(people);
        groups = Set.copyOf(groups);
    }

    /** Whether the office has at least one active head (who could make its office checks). */
    public boolean hasHead(Office office) {
        return groups.contains(CandidateGroups.officeHeads(office.getCode()));
    }

    /**
     * Whether anybody can act on a task: its holder when it is held (a deactivated holder blocks it), else a member
     * of one of its candidate groups or one of the people named for it.
     */
    public boolean canAct(String assignee, Collection<String> candidateGroups, Collection<String> candidateUsers) {
        if (assignee != null) {
            return people.contains(assignee);
        }
        return candidateGroups.stream().anyMatch(groups::contains)
                || candidateUsers.stream().anyMatch(people::contains);
    }
}
