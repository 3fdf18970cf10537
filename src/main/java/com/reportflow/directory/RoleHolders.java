package com.reportflow.directory;

import java.util.List;

/** A role and the active people who hold it, as display names with usernames. */
record RoleHolders(Role role, List<String> holders) {

    public RoleHolders {
        holders = List.copyOf(holders);
    }
}
