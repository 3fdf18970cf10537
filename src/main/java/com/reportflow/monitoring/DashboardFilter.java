package com.reportflow.monitoring;

import com.reportflow.directory.Role;
import com.reportflow.shared.TextInput;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

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

    /**
     * The filter as a test of the matrix's rows; the holder text is checked first, as one line of input (refused
     * when too long or with control characters).
     */
    Predicate<SectionRow> rows() {
        String holderWanted = holder == null || holder.isBlank()
                ? null
                : TextInput.line(holder, MAX_HOLDER_LENGTH, "monitoring.holder").strip();
        return row -> (officeId == null || officeId.equals(row.officeId()))
                && (step == null || (row.step() != null && MatrixStep.of(row.step()) == step))
                && (holderWanted == null
                        || matches(row.holder(), holderWanted)
                        || Holders.heldByRole(row.holder(), holderRoles));
    }

    private static boolean matches(String holder, String wanted) {
        return holder != null && holder.toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT));
    }
}
