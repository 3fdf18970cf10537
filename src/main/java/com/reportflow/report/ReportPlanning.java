package com.reportflow.report;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Office;
import com.reportflow.directory.Role;
import com.reportflow.shared.ConflictRetry;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.shared.TextInput;
import com.reportflow.workflow.ReportWorkflow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The coordinator opens a year's report from the template, assigns its sections and starts it. */
@Service
public class ReportPlanning {

    private final ReportRepository reports;
    private final SectionRepository sections;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final ReportWorkflow workflow;
    private final History history;
    private final ConflictRetry retry;
    private final Clock clock;
    private final String bureauName;

    ReportPlanning(
            ReportRepository reports,
            SectionRepository sections,
            Directory directory,
            CurrentUser currentUser,
            ReportWorkflow workflow,
            History history,
            ConflictRetry retry,
            Clock clock,
            @Value("${reportflow.bureau.name}") String bureauName) {
        this.reports = reports;
        this.sections = sections;
        this.directory = directory;
        this.currentUser = currentUser;
        this.workflow = workflow;
        this.history = history;
        this.retry = retry;
        this.clock = clock;
        this.bureauName = bureauName;
    }

    public OutlineTemplate template() {
        return OutlineTemplate.statutory();
    }

    /** The default title of a year's report, as bureaus write it. */
    public String defaultTitle(int year) {
        return year + "年度法治政府建设情况报告";
    }

    public List<Office> offices() {
        return directory.offices();
    }

    /** Creates the report with its outline and starts it; returns the report's id. */
    public long createAndStart(NewReport command) {
        Actor actor = currentUser.require();
        ReportAccess.requireRole(actor, Role.COORDINATOR);
        return retry.inTransaction(() -> {
            int thisYear = LocalDate.now(clock).getYear();
            if (command.year() < 2000 || command.year() > thisYear + 1) {
                throw new InvalidInputException("error.report.year", command.year());
            }
            String title = TextInput.line(command.title(), 200, "report.title");
            Map<Integer, Office> officeByLeaf = validatedAssignments(command);
            Report report = reports.save(new Report(
                    command.year(), title, bureauName, command.officeHeadCheck(), actor.username(), clock.instant()));
            createOutline(report, command, officeByLeaf);
            report.started(workflow.startReport(report.getId()));
            history.record(actor, report.getId(), null, HistoryAction.REPORT_CREATED, title);
            return report.getId();
        });
    }

    /** Switches the office-head check on or off; it applies from each section's next submission. */
    public void setOfficeHeadCheck(long reportId, boolean on) {
        Actor actor = currentUser.require();
        ReportAccess.requireRole(actor, Role.COORDINATOR);
        retry.inTransaction(() -> {
            Report report = reports.findById(reportId).orElseThrow(NotFoundException::new);
            if (report.getStage() == ReportStage.PUBLISHED) {
                throw new InvalidInputException("error.report.closed");
            }
            if (report.isOfficeHeadCheck() != on) {
                report.setOfficeHeadCheck(on);
                history.record(actor, reportId, null, HistoryAction.OFFICE_CHECK_SWITCHED, on ? "on" : "off");
            }
        });
    }

    private Map<Integer, Office> validatedAssignments(NewReport command) {
        List<OutlineTemplate.Leaf> leaves = template().leaves();
        Map<Integer, NewReport.Assignment> byLeaf = new HashMap<>();
        for (NewReport.Assignment a : command.assignments()) {
            if (a.leafIndex() < 0 || a.leafIndex() >= leaves.size() || byLeaf.put(a.leafIndex(), a) != null) {
                throw new InvalidInputException("error.report.assignment");
            }
        }
        Map<Integer, Office> offices = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (OutlineTemplate.Leaf leaf : leaves) {
            NewReport.Assignment a = byLeaf.get(leaf.index());
            boolean included = a != null && a.included();
            if (!included) {
                if (!leaf.optional()) {
                    throw new InvalidInputException("error.report.section-required", leaf.label());
                }
                continue;
            }
            if (a.officeId() == null) {
                throw new InvalidInputException("error.report.office-missing", leaf.label());
            }
            if (a.dueDate() == null || a.dueDate().isBefore(today)) {
                throw new InvalidInputException("error.report.due-invalid", leaf.label());
            }
            offices.put(
                    leaf.index(),
                    directory
                            .office(a.officeId())
                            .orElseThrow(() -> new InvalidInputException("error.report.office-missing", leaf.label())));
        }
        return offices;
    }

    private void createOutline(Report report, NewReport command, Map<Integer, Office> officeByLeaf) {
        Map<Integer, NewReport.Assignment> byLeaf = new HashMap<>();
        command.assignments().forEach(a -> byLeaf.put(a.leafIndex(), a));
        int position = 0;
        int leafIndex = 0;
        for (OutlineTemplate.Node part : template().parts()) {
            if (part.children().isEmpty()) {
                if (officeByLeaf.containsKey(leafIndex)) {
                    ReportSection section = new ReportSection(report, null, position++, 1, part.heading());
                    section.assign(
                            officeByLeaf.get(leafIndex), byLeaf.get(leafIndex).dueDate());
                    sections.save(section);
                }
                leafIndex++;
                continue;
            }
            ReportSection heading = sections.save(new ReportSection(report, null, position++, 1, part.heading()));
            for (OutlineTemplate.Node child : part.children()) {
                if (officeByLeaf.containsKey(leafIndex)) {
                    ReportSection section = new ReportSection(report, heading.getId(), position++, 2, child.heading());
                    section.assign(
                            officeByLeaf.get(leafIndex), byLeaf.get(leafIndex).dueDate());
                    sections.save(section);
                }
                leafIndex++;
            }
        }
        sections.flush();
    }
}
