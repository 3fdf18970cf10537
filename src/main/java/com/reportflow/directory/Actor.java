package com.reportflow.directory;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The person acting, as every service sees them: name, office and roles, and the candidate groups of the
 * workflow they belong to.
 */
public record Actor(
        String username, String displayName, Long officeId, String officeCode, String officeName, Set<Role> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean belongsTo(Long office) {
        return officeId != null && officeId.equals(office);
    }

    /** The workflow candidate groups this person is a member of. */
    public Set<String> groups() {
        Set<String> groups = new LinkedHashSet<>();
        for (Role role : roles) {
            groups.add(CandidateGroups.role(role));
        }
        if (officeCode != null) {
            if (has(Role.AUTHOR)) {
                groups.add(CandidateGroups.officeDrafters(officeCode));
            }
            if (has(Role.OFFICE_HEAD)) {
                groups.add(CandidateGroups.officeHeads(officeCode));
            }
        }
        return groups;
    }
}
