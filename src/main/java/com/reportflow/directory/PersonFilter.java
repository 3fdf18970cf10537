package com.reportflow.directory;

import java.util.Locale;

/**
 * Which people the admin lists; every part is optional.
 *
 * @param name part of the username or display name, any case
 * @param active true for active people only, false for deactivated only, null for both
 */
record PersonFilter(String name, Long officeId, Role role, Boolean active) {

    public static final PersonFilter ALL = new PersonFilter(null, null, null, null);

    boolean matches(Person person) {
        if (name != null && !name.isBlank()) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            if (!person.username().contains(wanted)
                    && !person.displayName().toLowerCase(Locale.ROOT).contains(wanted)) {
                return false;
            }
        }
        return (officeId == null || officeId.equals(person.officeId()))
                && (role == null || person.roles().contains(role))
                && (active == null || active == person.active());
    }
}
