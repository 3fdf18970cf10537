package com.reportflow.monitoring;

import com.reportflow.directory.Role;
import java.util.Set;

/**
 * What the matrix is narrowed to; every part optional. {@code holder} matches a person's or an office's name;
 * {@code holderRoles} the tasks waiting for anyone of a role (the screen fills it with the roles whose name in the
 * reader's language contains the text typed, as only the screen knows that language).
 */
public record DashboardFilter(Long officeId, MatrixStep step, String holder, Set<Role> holderRoles) {

    public static final int MAX_HOLDER_LENGTH = 50;

    public static final DashboardFilter NONE = new DashboardFilter(null, null, null);

    public DashboardFilter {
        holderRoles = holderRoles == null ? Set.of() : Set.copyOf(holderRoles);
    }

    public DashboardFilter(Long officeId, MatrixStep step, String holder) {
        this(officeId, step, holder, Set.of());
    }
}
