package com.reportflow.report;

import com.reportflow.directory.ActiveMembers;
import com.reportflow.directory.Actor;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Office;
import com.reportflow.directory.Role;
import com.reportflow.shared.ConflictRetry;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office-head check of a running report: the coordinator switches it on or off, and sees which offices would
 * leave their sections' checks waiting for nobody.
 */
@Service
public class OfficeHeadCheck {

    private final ReportRepository reports;
    private final SectionRepository sections;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final History history;
    private final ConflictRetry retry;

    OfficeHeadCheck(
            ReportRepository reports,
            SectionRepository sections,
            Directory directory,
            CurrentUser currentUser,
            History history,
            ConflictRetry retry) {
        this.reports = reports;
        this.sections = sections;
        this.directory = directory;
        this.currentUser = currentUser;
        this.history = history;
        this.retry = retry;
    }

    /**
     * The names of the offices holding sections of the report still to be submitted or checked that have no
     * active office head; empty when the report does not ask for the check.
     */
    @Transactional(readOnly = true)
    public List<String> officesWithoutHead(long reportId) {
        Actor actor = currentUser.require();
        ReportAccess.requireRole(actor, Role.COORDINATOR);
        Report report = reports.findById(reportId).orElseThrow(NotFoundException::new);
        if (!report.isOfficeHeadCheck() || report.isClosed()) {
            return List.of();
        }
        ActiveMembers active = directory.activeMembers();
        return sections.assignedSections(reportId).stream()
                .filter(s -> s.getStatus() != SectionStatus.APPROVED && s.getStatus() != SectionStatus.LEGAL_REVIEW)
                .map(ReportSection::getOffice)
                .filter(o -> !active.hasHead(o))
                .map(Office::getName)
                .distinct()
                .sorted()
                .toList();
    }

    /** Switches the office-head check on or off; it applies from each section's next submission. */
    public void setOfficeHeadCheck(long reportId, boolean on) {
        Actor actor = currentUser.require();
        ReportAccess.requireRole(actor, Role.COORDINATOR);
        retry.inTransaction(() -> {
            Report report = reports.findById(reportId).orElseThrow(NotFoundException::new);
            if (report.isClosed()) {
                throw new InvalidInputException("error.report.closed");
            }
            if (report.isOfficeHeadCheck() != on) {
                report.setOfficeHeadCheck(on);
                history.record(actor, reportId, null, HistoryAction.OFFICE_CHECK_SWITCHED, on ? "on" : "off");
            }
        });
    }
}
