package com.reportflow.signoff;

import com.reportflow.checks.ChecksService;
import com.reportflow.deliberation.DeliberationRecord;
import com.reportflow.deliberation.Deliberations;
import com.reportflow.directory.Actor;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Role;
import com.reportflow.report.History;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.HistoryEntry;
import com.reportflow.report.Report;
import com.reportflow.report.ReportAccess;
import com.reportflow.report.ReportDocument;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportRepository;
import com.reportflow.report.StepTurns;
import com.reportflow.shared.ConflictRetry;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.workflow.ReportWorkflow;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.WorkItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Only the director signs; who and when are kept on the report, and the written date (成文日期) is fixed then: by
 * default the day of signing, at most {@value #MAX_DAYS_AFTER_SIGNING} days later (a document may be dated for its
 * issue), never earlier. The document, the disclosure metadata, the public page and the deadlines all read it.
 */
@Service
public class SignOffService {

    public static final int MAX_DAYS_AFTER_SIGNING = 30;

    private final ReportRepository reports;
    private final ReportQueries queries;
    private final Deliberations deliberations;
    private final ReportWorkflow workflow;
    private final History history;
    private final CurrentUser currentUser;
    private final ChecksService checks;
    private final StepTurns turns;
    private final ConflictRetry retry;
    private final Clock clock;

    SignOffService(
            ReportRepository reports,
            ReportQueries queries,
            Deliberations deliberations,
            ReportWorkflow workflow,
            History history,
            CurrentUser currentUser,
            ChecksService checks,
            StepTurns turns,
            ConflictRetry retry,
            Clock clock) {
        this.reports = reports;
        this.queries = queries;
        this.deliberations = deliberations;
        this.workflow = workflow;
        this.history = history;
        this.currentUser = currentUser;
        this.checks = checks;
        this.turns = turns;
        this.retry = retry;
        this.clock = clock;
    }

    public ReportDocument document(long reportId) {
        return queries.document(reportId);
    }

    /** What the leadership group decided at its latest meeting on the report; empty before any deliberation. */
    @Transactional(readOnly = true)
    public Optional<DeliberationRecord> deliberation(long reportId) {
        ReportAccess.requireReadReports(currentUser.require());
        reports.findById(reportId).orElseThrow(NotFoundException::new);
        return deliberations.latest(reportId);
    }

    /** The written date the sign-off screen proposes: the day of signing. */
    public LocalDate defaultWrittenDate() {
        return LocalDate.now(clock);
    }

    /**
     * What the sign-off screen shows and offers, in one read: the report as it will be signed, whether it is this
     * person's turn, the signature once given, the leadership group's latest deliberation and the checks.
     */
    @Transactional(readOnly = true)
    public SignOffScreen screen(long reportId) {
        Actor actor = currentUser.require();
        ReportAccess.requireReadReports(actor);
        ReportDocument document = queries.documentOf(reportId);
        return new SignOffScreen(
                document,
                turns.isTurn(actor, Role.DIRECTOR, Step.SIGN_OFF, reportId),
                signatureIn(queries.reportHistoryOf(reportId)),
                deliberations.latest(reportId),
                checks.findingsOf(actor, document));
    }

    public boolean maySign(long reportId) {
        Actor actor = currentUser.require();
        return turns.isTurn(actor, Role.DIRECTOR, Step.SIGN_OFF, reportId);
    }

    /** The sign-off, once given; read from the report's history, which records it with the signer's name. */
    public Optional<Signature> signature(long reportId) {
        return signatureIn(queries.reportHistory(reportId));
    }

    private static Optional<Signature> signatureIn(List<HistoryEntry> history) {
        return history.stream()
                .filter(entry -> entry.getAction() == HistoryAction.SIGNED_OFF)
                .reduce((first, second) -> second)
                .map(entry -> new Signature(entry.getActorName(), entry.getOccurredAt()));
    }

    /** Signs the report off, dated the day of signing. */
    public void signOff(long reportId) {
        signOff(reportId, defaultWrittenDate());
    }

    /** Signs the report off with the written date the director fixed. */
    public void signOff(long reportId, LocalDate writtenDate) {
        Actor actor = currentUser.require();
        ReportAccess.requireRole(actor, Role.DIRECTOR);
        LocalDate today = LocalDate.now(clock);
        if (writtenDate == null) {
            throw new InvalidInputException("error.required", "report.closing-date");
        }
        LocalDate latest = today.plusDays(MAX_DAYS_AFTER_SIGNING);
        if (writtenDate.isBefore(today) || writtenDate.isAfter(latest)) {
            throw new InvalidInputException("error.signoff.written-date", today.toString(), latest.toString());
        }
        retry.inTransaction(() -> {
            Report report = reports.findById(reportId).orElseThrow(NotFoundException::new);
            WorkItem task = workflow.actionable(Step.SIGN_OFF, reportId, actor);
            report.signedOff(actor.username(), clock.instant(), writtenDate);
            report.publishing();
            reports.flush();
            workflow.complete(task, actor);
            history.record(actor, reportId, null, HistoryAction.SIGNED_OFF, writtenDate.toString());
        });
    }
}
