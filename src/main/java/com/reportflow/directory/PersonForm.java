package com.reportflow.directory;

import java.util.Set;

/** What the admin types about a person; the username only counts when the person is created. */
record PersonForm(String username, String displayName, String email, Long officeId, Set<Role> roles) {

    public PersonForm {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
