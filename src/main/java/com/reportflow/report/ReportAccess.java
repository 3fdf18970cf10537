package com.reportflow.report;

import com.reportflow.directory.Actor;
import com.reportflow.directory.Role;
import com.reportflow.shared.AccessDeniedException;
import java.util.EnumSet;
import java.util.Set;

/** Who may read what: the rules every feature applies before it shows or changes a report. */
public final class ReportAccess {

    private static final Set<Role> READ_ALL =
            EnumSet.of(Role.COORDINATOR, Role.LEGAL_ADVISOR, Role.SECRETARY, Role.DIRECTOR, Role.ADMIN);

    private ReportAccess() {}

    /** Whole reports: the roles that work on the report as a whole. */
    public static boolean mayReadReports(Actor actor) {
        return actor.roles().stream().anyMatch(READ_ALL::contains);
    }

    public static void requireReadReports(Actor actor) {
        if (!mayReadReports(actor)) {
            throw new AccessDeniedException();
        }
    }

    /** A section: the roles above, and the people of the office it is assigned to. */
    public static boolean mayRead(Actor actor, ReportSection section) {
        return mayReadReports(actor)
                || (section.getOffice() != null
                        && actor.belongsTo(section.getOffice().getId())
                        && (actor.has(Role.AUTHOR) || actor.has(Role.OFFICE_HEAD)));
    }

    public static void requireRead(Actor actor, ReportSection section) {
        if (!mayRead(actor, section)) {
            throw new AccessDeniedException();
        }
    }

    public static void requireRole(Actor actor, Role role) {
        if (!actor.has(role)) {
            throw new AccessDeniedException();
        }
    }
}
