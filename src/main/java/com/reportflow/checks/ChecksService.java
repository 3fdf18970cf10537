package com.reportflow.checks;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Role;
import com.reportflow.report.History;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.ReportAccess;
import com.reportflow.report.ReportDocument;
import com.reportflow.report.ReportQueries;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.ConflictRetry;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.TextInput;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report checks on a stored report, and dismissing a finding the coordinator judges wrong: coordinator or admin
 * only, with a reason, written to the report's history (and so to the audit trail).
 */
@Service
public class ChecksService {

    static final int MAX_REASON_LENGTH = 500;
    private static final String REASON = "checks.reason";

    private final ReportQueries queries;
    private final FindingDismissalRepository dismissals;
    private final History history;
    private final CurrentUser currentUser;
    private final ConflictRetry retry;
    private final Clock clock;

    ChecksService(
            ReportQueries queries,
            FindingDismissalRepository dismissals,
            History history,
            CurrentUser currentUser,
            ConflictRetry retry,
            Clock clock) {
        this.queries = queries;
        this.dismissals = dismissals;
        this.history = history;
        this.currentUser = currentUser;
        this.retry = retry;
        this.clock = clock;
    }

    /** The findings on the report as it stands, the dismissed ones apart. */
    public ReportFindings findings(long reportId) {
        Actor actor = currentUser.require();
        ReportAccess.requireReadReports(actor);
        return retry.inTransaction(() -> findingsOf(actor, queries.documentOf(reportId)));
    }

    /**
     * The findings on a document the caller has just read for a person allowed to read reports, inside the caller's
     * read: a step screen reads its document once and shows the findings beside it.
     */
    @Transactional(readOnly = true)
    public ReportFindings findingsOf(Actor actor, ReportDocument document) {
        ReportAccess.requireReadReports(actor);
        long reportId = document.reportId();
        List<Finding> all = check(document);
        Map<String, FindingDismissal> dismissed = dismissals.findByReportId(reportId).stream()
                .collect(Collectors.toMap(FindingDismissal::getFindingKey, Function.identity(), (a, b) -> a));
        List<Finding> open = new ArrayList<>();
        List<ReportFindings.DismissedFinding> kept = new ArrayList<>();
        for (Finding finding : all) {
            FindingDismissal dismissal = dismissed.get(finding.key());
            if (dismissal == null) {
                open.add(finding);
            } else {
                kept.add(new ReportFindings.DismissedFinding(finding, dismissal.getReason()));
            }
        }
        return new ReportFindings(open, kept, mayDismiss(actor));
    }

    /** Dismisses a finding the report has now, by its key, with the reason. */
    public void dismiss(long reportId, String findingKey, String reason) {
        Actor actor = currentUser.require();
        if (!mayDismiss(actor)) {
            throw new AccessDeniedException();
        }
        String text = TextInput.required(reason, MAX_REASON_LENGTH, REASON);
        retry.inTransaction(() -> {
            Finding finding = check(queries.documentOf(reportId)).stream()
                    .filter(f -> f.key().equals(findingKey))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException("checks.error.no-such-finding"));
            if (dismissals.existsByReportIdAndFindingKey(reportId, findingKey)) {
                throw new InvalidInputException("checks.error.already-dismissed");
            }
            dismissals.save(new FindingDismissal(finding, reportId, text, actor.username(), clock.instant()));
            history.record(
                    actor,
                    reportId,
                    finding.sectionId(),
                    HistoryAction.FINDING_DISMISSED,
                    TextInput.excerpt(finding.excerpt(), 40) + "：" + text);
        });
    }

    private static boolean mayDismiss(Actor actor) {
        return actor.has(Role.COORDINATOR) || actor.has(Role.ADMIN);
    }

    static List<Finding> check(ReportDocument document) {
        return ReportChecks.run(
                document.entries().stream()
                        .map(e -> new CheckedSection(
                                e.sectionId(), e.depth(), e.number(), e.heading(), e.assigned(), e.body()))
                        .toList(),
                document.closingDate());
    }
}
