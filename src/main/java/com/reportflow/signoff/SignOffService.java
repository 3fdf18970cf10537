package com.reportflow.signoff;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Role;
import com.reportflow.report.History;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.Report;
import com.reportflow.report.ReportAccess;
import com.reportflow.report.ReportDocument;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportRepository;
import com.reportflow.report.ReportStage;
import com.reportflow.shared.ConflictRetry;
import com.reportflow.shared.NotFoundException;
import com.reportflow.workflow.ReportWorkflow;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.WorkItem;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Only the director signs; who and when are kept on the report. */
@Service
public class SignOffService {

    private final ReportRepository reports;
    private final ReportQueries queries;
    private final ReportWorkflow workflow;
    private final History history;
    private final CurrentUser currentUser;
    private final ConflictRetry retry;
    private final Clock clock;

    SignOffService(
            ReportRepository reports,
            ReportQueries queries,
            ReportWorkflow workflow,
            History history,
            CurrentUser currentUser,
            ConflictRetry retry,
            Clock clock) {
        this.reports = reports;
        this.queries = queries;
        this.workflow = workflow;
        this.history = history;
        this.currentUser = currentUser;
        this.retry = retry;
        this.clock = clock;
    }

    public ReportDocument document(long reportId) {
        return queries.document(reportId);
    }

    public boolean maySign(long reportId) {
        Actor actor = currentUser.require();
        return actor.has(Role.DIRECTOR)
                && retry.inTransaction(
                        () -> workflow.openTask(Step.SIGN_OFF, reportId).isPresent());
    }

    /** The sign-off, once given; read from the report's history, which records it with the signer's name. */
    public Optional<Signature> signature(long reportId) {
        return queries.reportHistory(reportId).stream()
                .filter(entry -> entry.getAction() == HistoryAction.SIGNED_OFF)
                .reduce((first, second) -> second)
                .map(entry -> new Signature(entry.getActorName(), entry.getOccurredAt()));
    }

    public void signOff(long reportId) {
        Actor actor = currentUser.require();
        ReportAccess.requireRole(actor, Role.DIRECTOR);
        retry.inTransaction(() -> {
            Report report = reports.findById(reportId).orElseThrow(NotFoundException::new);
            WorkItem task = workflow.actionable(Step.SIGN_OFF, reportId, actor);
            report.signedOff(actor.username(), clock.instant());
            report.moveTo(ReportStage.PUBLISHING);
            reports.flush();
            workflow.complete(task, actor);
            history.record(actor, reportId, null, HistoryAction.SIGNED_OFF, null);
        });
    }
}
