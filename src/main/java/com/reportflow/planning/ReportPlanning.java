package com.reportflow.planning;

import com.reportflow.calendar.DeadlinesService;
import com.reportflow.directory.ActiveMembers;
import com.reportflow.directory.Actor;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Office;
import com.reportflow.directory.Role;
import com.reportflow.report.History;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.Report;
import com.reportflow.report.ReportAccess;
import com.reportflow.report.ReportRepository;
import com.reportflow.report.ReportSection;
import com.reportflow.report.SectionRepository;
import com.reportflow.shared.ConflictRetry;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.TextInput;
import com.reportflow.workflow.ReportWorkflow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator opens a year's report from the template, assigns its sections and starts it. */
@Service
public class ReportPlanning {

    private final ReportRepository reports;
    private final SectionRepository sections;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final ReportWorkflow workflow;
    private final History history;
    private final TemplateLibrary library;
    private final DeadlinesService deadlines;
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
            TemplateLibrary library,
            DeadlinesService deadlines,
            ConflictRetry retry,
            Clock clock,
            @Value("${reportflow.bureau.name}") String bureauName) {
        this.reports = reports;
        this.sections = sections;
        this.directory = directory;
        this.currentUser = currentUser;
        this.workflow = workflow;
        this.history = history;
        this.library = library;
        this.deadlines = deadlines;
        this.retry = retry;
        this.clock = clock;
        this.bureauName = bureauName;
    }

    /** The templates a report may start from, the statutory one first. */
    public List<OutlineTemplate> templates() {
        return library.list();
    }

    /** A template by id; null is the statutory one. */
    public OutlineTemplate template(Long templateId) {
        return library.get(templateId);
    }

    /** The default title of a year's report, as bureaus write it. */
    public String defaultTitle(int year) {
        return year + "年度法治政府建设情况报告";
    }

    /**
     * The last day the year's report may reach the Party committee, government and superior department, on the working
     * calendar; empty for a year the calendar does not cover.
     */
    public Optional<LocalDate> submissionDue(int year) {
        try {
            return Optional.of(
                    deadlines.deadlines(year, null).legal().submission().due());
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    public List<Office> offices() {
        return directory.offices();
    }

    /**
     * The offices (of those that take work) that have no active office head: with the office-head check on, their
     * sections' checks would wait for nobody, so the form names them.
     */
    @Transactional(readOnly = true)
    public Set<Long> officesWithoutHead() {
        ReportAccess.requireRole(currentUser.require(), Role.COORDINATOR);
        ActiveMembers active = directory.activeMembers();
        return directory.offices().stream()
                .filter(o -> !active.hasHead(o))
                .map(Office::getId)
                .collect(Collectors.toSet());
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
            OutlineTemplate template = library.get(command.templateId());
            Map<Integer, Office> officeByLeaf = validatedAssignments(template, command);
            Report report = reports.save(new Report(
                    command.year(), title, bureauName, command.officeHeadCheck(), actor.username(), clock.instant()));
            createOutline(report, template, command, officeByLeaf);
            report.started(workflow.startReport(report.getId()));
            history.record(actor, report.getId(), null, HistoryAction.REPORT_CREATED, title);
            return report.getId();
        });
    }

    private Map<Integer, Office> validatedAssignments(OutlineTemplate template, NewReport command) {
        List<OutlineTemplate.Leaf> leaves = template.leaves();
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

    private void createOutline(
            Report report, OutlineTemplate template, NewReport command, Map<Integer, Office> officeByLeaf) {
        Map<Integer, NewReport.Assignment> byLeaf = new HashMap<>();
        command.assignments().forEach(a -> byLeaf.put(a.leafIndex(), a));
        new OutlineBuilder(report, officeByLeaf, byLeaf).build(template.parts(), null, 1);
        sections.flush();
    }

    /** Creates the report's nodes from the template, leaving out headings whose sections were all left out. */
    private final class OutlineBuilder {

        private final Report report;
        private final Map<Integer, Office> officeByLeaf;
        private final Map<Integer, NewReport.Assignment> byLeaf;
        private int position;
        private int leafIndex;

        OutlineBuilder(Report report, Map<Integer, Office> officeByLeaf, Map<Integer, NewReport.Assignment> byLeaf) {
            this.report = report;
            this.officeByLeaf = officeByLeaf;
            this.byLeaf = byLeaf;
        }

        void build(List<OutlineTemplate.Node> level, Long parentId, int depth) {
            for (OutlineTemplate.Node node : level) {
                if (node.children().isEmpty()) {
                    if (officeByLeaf.containsKey(leafIndex)) {
                        ReportSection section = new ReportSection(report, parentId, position++, depth, node.heading());
                        section.assign(
                                officeByLeaf.get(leafIndex),
                                byLeaf.get(leafIndex).dueDate());
                        section.keepReference(node.reference());
                        sections.save(section);
                    }
                    leafIndex++;
                } else if (includesAny(node)) {
                    ReportSection heading =
                            sections.save(new ReportSection(report, parentId, position++, depth, node.heading()));
                    build(node.children(), heading.getId(), depth + 1);
                } else {
                    leafIndex += new OutlineTemplate(null, "", List.of(node))
                            .leaves()
                            .size();
                }
            }
        }

        private boolean includesAny(OutlineTemplate.Node node) {
            int count = new OutlineTemplate(null, "", List.of(node)).leaves().size();
            for (int i = leafIndex; i < leafIndex + count; i++) {
                if (officeByLeaf.containsKey(i)) {
                    return true;
                }
            }
            return false;
        }
    }
}
