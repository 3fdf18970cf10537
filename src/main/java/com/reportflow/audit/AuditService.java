package com.reportflow.audit;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Role;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.AuditEvent;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.TextInput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The admin's reading of the audit trail: filtered pages, the CSV export and the verification. Only the admin may
 * do any of it; exporting and verifying are themselves recorded.
 */
@Service
class AuditService {

    static final int MAX_FILTER_LENGTH = 100;
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2999;
    private static final int EXPORT_PAGE = 500;

    private final AuditQueries queries;
    private final AuditVerifier verifier;
    private final AuditTrail trail;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditService(AuditQueries queries, AuditVerifier verifier, AuditTrail trail, CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.verifier = verifier;
        this.trail = trail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Matching entries, newest first. */
    public List<AuditRow> entries(AuditFilter filter, int offset, int limit) {
        requireAdmin();
        return queries.page(checked(filter), Math.max(0, offset), Math.clamp(limit, 1, 500));
    }

    public long count(AuditFilter filter) {
        requireAdmin();
        return queries.count(checked(filter));
    }

    /** Checks the filter as {@link #entries} would, so a screen can refuse bad input before it pages. */
    public AuditFilter check(AuditFilter filter) {
        requireAdmin();
        return checked(filter);
    }

    /** Writes the matching entries as CSV, newest first, a page at a time. */
    public void exportCsv(AuditFilter filter, OutputStream target) {
        Actor actor = requireAdmin();
        AuditFilter checked = checked(filter);
        Writer writer = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8));
        AuditCsv csv = new AuditCsv(writer, clock.getZone());
        try {
            csv.header();
            long before = Long.MAX_VALUE;
            while (true) {
                List<AuditRow> page = queries.olderThan(checked, before, EXPORT_PAGE);
                for (AuditRow row : page) {
                    csv.row(row);
                }
                if (page.size() < EXPORT_PAGE) {
                    break;
                }
                before = page.getLast().id();
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        trail.record(AuditEvent.done(actor.username(), "AUDIT_EXPORTED", null, describe(checked)));
    }

    /** Walks the whole chain; the result names the first broken link. */
    public AuditVerification verify() {
        Actor actor = requireAdmin();
        AuditVerification result = verifier.verify();
        trail.record(AuditEvent.done(
                actor.username(),
                "AUDIT_VERIFIED",
                result.brokenAt() == null ? null : "audit:" + result.brokenAt(),
                result.intact() ? "intact" : result.problem().name()));
        return result;
    }

    private Actor requireAdmin() {
        Actor actor = currentUser.require();
        if (!actor.has(Role.ADMIN)) {
            throw new AccessDeniedException();
        }
        return actor;
    }

    private static AuditFilter checked(AuditFilter filter) {
        if (filter == null) {
            return AuditFilter.NONE;
        }
        checkYear(filter.from() == null ? FIRST_YEAR : filter.from().getYear());
        checkYear(filter.to() == null ? FIRST_YEAR : filter.to().getYear());
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new InvalidInputException("error.audit.dates-reversed");
        }
        return new AuditFilter(
                filter.from(),
                filter.to(),
                text(filter.actor(), "audit.actor"),
                text(filter.action(), "audit.action"),
                filter.outcome(),
                text(filter.targetContains(), "audit.target"));
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException("error.audit.year-range", FIRST_YEAR, LAST_YEAR);
        }
    }

    private static String text(String value, String field) {
        String checked = TextInput.optional(value, MAX_FILTER_LENGTH, field).strip();
        if (checked.indexOf('\n') >= 0 || checked.indexOf('\t') >= 0) {
            throw new InvalidInputException("error.control-characters", field);
        }
        return checked.isEmpty() ? null : checked;
    }

    private static String describe(AuditFilter filter) {
        return "from=" + filter.from() + " to=" + filter.to() + " actor=" + filter.actor() + " action="
                + filter.action() + " outcome=" + filter.outcome() + " target=" + filter.targetContains();
    }
}
