package com.reportflow.compilation;

import com.reportflow.checks.ChecksService;
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
import com.reportflow.report.StepTurns;
import com.reportflow.shared.ConflictRetry;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.shared.TextInput;
import com.reportflow.workflow.ReportWorkflow;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.WorkItem;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator's compile step, open only when every section is approved. */
@Service
public class CompilationService {

    private final ReportRepository reports;
    private final ReportQueries queries;
    private final ReportWorkflow workflow;
    private final History history;
    private final CurrentUser currentUser;
    private final ChecksService checks;
    private final StepTurns turns;
    private final ConflictRetry retry;
    private final Clock clock;

    CompilationService(
            ReportRepository reports,
            ReportQueries queries,
            ReportWorkflow workflow,
            History history,
            CurrentUser currentUser,
            ChecksService checks,
            StepTurns turns,
            ConflictRetry retry,
            Clock clock) {
        this.reports = reports;
        this.queries = queries;
        this.workflow = workflow;
        this.history = history;
        this.currentUser = currentUser;
        this.checks = checks;
        this.turns = turns;
        this.retry = retry;
        this.clock = clock;
    }

    /** The assembled report as it would be sent: numbered outline and every section's text. */
    public ReportDocument preview(long reportId) {
        return queries.document(reportId);
    }

    /** What the compile screen shows and offers, in one read: the report, whether it is this person's turn, the checks. */
    @Transactional(readOnly = true)
    public CompileScreen screen(long reportId) {
        Actor actor = currentUser.require();
        ReportAccess.requireReadReports(actor);
        ReportDocument document = queries.documentOf(reportId);
        return new CompileScreen(
                document,
                turns.isTurn(actor, Role.COORDINATOR, Step.COMPILE_REPORT, reportId),
                checks.findingsOf(actor, document));
    }

    /** Whether the report is waiting for the current user to compile it. */
    public boolean mayCompile(long reportId) {
        Actor actor = currentUser.require();
        return turns.isTurn(actor, Role.COORDINATOR, Step.COMPILE_REPORT, reportId);
    }

    /** How far ahead the proposed written date may lie: a report is deliberated and signed within weeks. */
    public static final int MAX_DAYS_AHEAD = 60;

    /**
     * Sets the title, issuer and proposed written date (拟定成文日期), and sends the report to deliberation. The
     * proposal is printed on the drafts; the director fixes the written date at sign-off, which cannot be earlier
     * than today, so neither can the proposal.
     */
    public void sendToDeliberation(long reportId, String title, String issuer, LocalDate closingDate) {
        Actor actor = currentUser.require();
        ReportAccess.requireRole(actor, Role.COORDINATOR);
        String checkedTitle = TextInput.line(title, 200, "report.title");
        String checkedIssuer = TextInput.line(issuer, 200, "report.issuer");
        if (closingDate == null) {
            throw new InvalidInputException("error.required", "report.closing-date");
        }
        LocalDate today = LocalDate.now(clock);
        if (closingDate.isBefore(today) || closingDate.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new InvalidInputException(
                    "error.report.closing-date",
                    today.toString(),
                    today.plusDays(MAX_DAYS_AHEAD).toString());
        }
        retry.inTransaction(() -> {
            Report report = reports.findById(reportId).orElseThrow(NotFoundException::new);
            WorkItem task = workflow.actionable(Step.COMPILE_REPORT, reportId, actor);
            report.compiled(checkedTitle, checkedIssuer, closingDate);
            report.deliberating();
            reports.flush();
            workflow.complete(task, actor);
            history.record(actor, reportId, null, HistoryAction.COMPILED, checkedTitle);
        });
    }
}
