package com.reportflow.directory;

import java.time.Instant;
import java.util.Set;

/**
 * A person as the admin sees them.
 *
 * @param lockedUntil until when sign-in is refused after failed attempts; null when the account is not locked now
 */
record Person(
        String username,
        String displayName,
        String email,
        Long officeId,
        String officeName,
        Set<Role> roles,
        boolean active,
        Instant lockedUntil,
        boolean mustChangePassword) {

    public Person {
        roles = Set.copyOf(roles);
    }

    public boolean locked() {
        return lockedUntil != null;
    }
}
