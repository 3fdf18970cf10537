package com.reportflow.steering;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Role;
import com.reportflow.notification.TaskAlerts;
import com.reportflow.report.History;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.Report;
import com.reportflow.report.ReportAccess;
import com.reportflow.report.ReportRepository;
import com.reportflow.report.ReportSection;
import com.reportflow.report.ReportStage;
import com.reportflow.report.SectionRepository;
import com.reportflow.report.SectionStatus;
import com.reportflow.shared.ConflictRetry;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.workflow.ReportWorkflow;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * Steering a section or a report itself rather than one of its tasks: reopening an approved section and copying a
 * report's progress (coordinator and admin), cancelling a report (admin only). Every operation is checked here,
 * whatever the screens show, and leaves an entry in the report's history.
 */
@Service
public class ReportActions {

    private final SteeringRules rules;
    private final ReportWorkflow workflow;
    private final ReportRepository reports;
    private final SectionRepository sections;
    private final Directory directory;
    private final History history;
    private final TaskAlerts alerts;
    private final ReportCopyRepository copies;
    private final CurrentUser currentUser;
    private final ConflictRetry retry;
    private final Clock clock;

    ReportActions(
            SteeringRules rules,
            ReportWorkflow workflow,
            ReportRepository reports,
            SectionRepository sections,
            Directory directory,
            History history,
            TaskAlerts alerts,
            ReportCopyRepository copies,
            CurrentUser currentUser,
            ConflictRetry retry,
            Clock clock) {
        this.rules = rules;
        this.workflow = workflow;
        this.reports = reports;
        this.sections = sections;
        this.directory = directory;
        this.history = history;
        this.alerts = alerts;
        this.copies = copies;
        this.currentUser = currentUser;
        this.retry = retry;
        this.clock = clock;
    }

    /**
     * Reopens an approved section (coordinator or admin, with a reason): it goes back through legality review, and
     * a report waiting at compile goes back to drafting until the section is approved again. Refused from
     * deliberation on, when the leadership group returns sections instead.
     */
    public void reopen(long sectionId, String reason) {
        Actor actor = rules.requireSteerer();
        retry.inTransaction(() -> {
            ReportSection section = rules.assignedSection(sectionId);
            String text = SteeringRules.requiredReason(reason);
            if (section.getStatus() != SectionStatus.APPROVED) {
                throw new InvalidInputException("steering.error.not-approved");
            }
            Report report = section.getReport();
            if (report.getStage() != ReportStage.DRAFTING && report.getStage() != ReportStage.COMPILING) {
                throw new InvalidInputException("steering.error.reopen-too-late");
            }
            section.reopened();
            report.sectionReopened();
            sections.flush();
            workflow.reopenSection(report.getId(), sectionId);
            history.record(actor, report.getId(), sectionId, HistoryAction.SECTION_REOPENED, text);
        });
    }

    /** Copies a report's progress to a person (抄送): they are notified and may follow its progress page. */
    public void copy(long reportId, String username, String reason) {
        Actor actor = rules.requireSteerer();
        retry.inTransaction(() -> {
            Report report = reports.findById(reportId).orElseThrow(NotFoundException::new);
            if (report.getStage() == ReportStage.CANCELLED) {
                throw new InvalidInputException("steering.error.cancelled");
            }
            String note = SteeringRules.optionalReason(reason);
            Actor target = directory
                    .actor(username == null ? "" : username)
                    .filter(a -> !a.username().equals(actor.username()))
                    .orElseThrow(() -> new InvalidInputException("steering.error.no-person"));
            if (!copies.existsByReportIdAndRecipient(reportId, target.username())) {
                copies.save(new ReportCopy(reportId, target.username(), actor.username(), clock.instant()));
            }
            alerts.copied(reportId, target.username());
            history.record(
                    actor,
                    reportId,
                    null,
                    HistoryAction.REPORT_COPIED,
                    SteeringRules.withName(target.displayName(), note));
        });
    }

    /**
     * Cancels a report (admin only, with a reason): its process and every section process end, the report is
     * CANCELLED and stays readable. Refused once published: a publication is withdrawn instead.
     */
    public void cancel(long reportId, String reason) {
        Actor actor = currentUser.require();
        ReportAccess.requireRole(actor, Role.ADMIN);
        retry.inTransaction(() -> {
            Report report = reports.findById(reportId).orElseThrow(NotFoundException::new);
            String text = SteeringRules.requiredReason(reason);
            if (report.getStage() == ReportStage.PUBLISHED || report.getStage() == ReportStage.WITHDRAWN) {
                throw new InvalidInputException("steering.error.cancel-published");
            }
            if (report.getStage() == ReportStage.CANCELLED) {
                throw new InvalidInputException("steering.error.cancelled");
            }
            // The reason is user text: it stays in our history (utf8mb4); the engine only learns who cancelled.
            workflow.cancelReport(reportId, "cancelled by " + actor.username());
            report.cancelled();
            history.record(actor, reportId, null, HistoryAction.REPORT_CANCELLED, text);
        });
    }
}
