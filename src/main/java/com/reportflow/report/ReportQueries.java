package com.reportflow.report;

import com.reportflow.calendar.DeadlinesService;
import com.reportflow.calendar.ReportDeadlines;
import com.reportflow.directory.Actor;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Role;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.workflow.WorkItem;
import com.reportflow.workflow.WorkQueries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads reports and sections for the people allowed to see them. */
@Service
public class ReportQueries {

    private final ReportRepository reports;
    private final SectionRepository sections;
    private final History history;
    private final CurrentUser currentUser;
    private final WorkQueries work;
    private final Directory directory;
    private final Revisions revisions;
    private final DeadlinesService deadlinesService;

    ReportQueries(
            ReportRepository reports,
            SectionRepository sections,
            History history,
            CurrentUser currentUser,
            WorkQueries work,
            Directory directory,
            Revisions revisions,
            DeadlinesService deadlinesService) {
        this.reports = reports;
        this.sections = sections;
        this.history = history;
        this.currentUser = currentUser;
        this.work = work;
        this.directory = directory;
        this.revisions = revisions;
        this.deadlinesService = deadlinesService;
    }

    @Transactional(readOnly = true)
    public List<ReportSummary> reports(int offset, int limit) {
        ReportAccess.requireReadReports(currentUser.require());
        return reports
                .findAllByOrderByYearDescIdDesc(PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1)))
                .stream()
                .map(this::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public long reportCount() {
        ReportAccess.requireReadReports(currentUser.require());
        return reports.count();
    }

    @Transactional(readOnly = true)
    public ReportSummary summary(long reportId) {
        ReportAccess.requireReadReports(currentUser.require());
        return summary(reports.findById(reportId).orElseThrow(NotFoundException::new));
    }

    /** The years that have a report, latest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        ReportAccess.requireReadReports(currentUser.require());
        return reports.years();
    }

    /**
     * Every report of the year, newest first, each with its progress and numbered outline; read in two queries
     * whatever the number of reports.
     */
    @Transactional(readOnly = true)
    public List<ReportOverview> reportsOfYear(int year) {
        ReportAccess.requireReadReports(currentUser.require());
        List<Report> ofYear = reports.findByYearOrderByIdDesc(year);
        if (ofYear.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ReportSection>> outlines = new HashMap<>();
        for (ReportSection section : sections.findByReport_IdInAndStatusNotOrderByReport_IdAscPositionAsc(
                ofYear.stream().map(Report::getId).toList(), SectionStatus.REMOVED)) {
            outlines.computeIfAbsent(section.getReportId(), k -> new ArrayList<>())
                    .add(section);
        }
        return ofYear.stream()
                .map(report -> {
                    List<OutlineEntry> entries = OutlineEntry.of(outlines.getOrDefault(report.getId(), List.of()));
                    long total = entries.stream().filter(OutlineEntry::assigned).count();
                    long approved = entries.stream()
                            .filter(e -> e.assigned() && e.status() == SectionStatus.APPROVED)
                            .count();
                    return new ReportOverview(
                            new ReportSummary(
                                    report.getId(),
                                    report.getYear(),
                                    report.getTitle(),
                                    report.getStage(),
                                    approved,
                                    total,
                                    report.getSubmissionDeadline(),
                                    report.getPublicationDeadline()),
                            new ReportDocument(
                                    report.getId(),
                                    report.getYear(),
                                    report.getTitle(),
                                    report.getIssuer(),
                                    report.getClosingDate(),
                                    entries,
                                    report.getSignedAt() != null));
                })
                .toList();
    }

    /** How often each section of the reports was returned (office head or legal advisor), by section id. */
    @Transactional(readOnly = true)
    public Map<Long, Long> returnsBySection(Collection<Long> reportIds) {
        ReportAccess.requireReadReports(currentUser.require());
        return history.returnsBySection(reportIds);
    }

    /** When the sections of the reports were approved by the legal advisor. */
    @Transactional(readOnly = true)
    public List<Instant> approvalTimes(Collection<Long> reportIds) {
        ReportAccess.requireReadReports(currentUser.require());
        return history.approvalTimes(reportIds);
    }

    /** The report as a document, numbered from its outline. */
    @Transactional(readOnly = true)
    public ReportDocument document(long reportId) {
        ReportAccess.requireReadReports(currentUser.require());
        return documentOf(reportId);
    }

    /** The report's legal deadlines on the working calendar, with the days left as of today. */
    @Transactional(readOnly = true)
    public ReportDeadlines deadlines(long reportId) {
        ReportAccess.requireReadReports(currentUser.require());
        Report report = reports.findById(reportId).orElseThrow(NotFoundException::new);
        return deadlinesService.deadlines(report.getYear(), report.getClosingDate());
    }

    /** The legal deadlines of several reports, counted on one reading of the working calendar; by report id. */
    @Transactional(readOnly = true)
    public Map<Long, ReportDeadlines> deadlines(Collection<Long> reportIds) {
        ReportAccess.requireReadReports(currentUser.require());
        DeadlinesService.Counter counter = deadlinesService.counter();
        Map<Long, ReportDeadlines> byReport = new HashMap<>();
        for (Report report : reports.findAllById(reportIds)) {
            byReport.put(report.getId(), counter.deadlines(report.getYear(), report.getClosingDate()));
        }
        return byReport;
    }

    /** As {@link #deadlines}, without an access check; empty for a year the working calendar does not cover. */
    @Transactional(readOnly = true)
    public Optional<ReportDeadlines> deadlinesOf(long reportId) {
        Report report = reports.findById(reportId).orElseThrow(NotFoundException::new);
        try {
            return Optional.of(deadlinesService.deadlines(report.getYear(), report.getClosingDate()));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    /** The latest submitted revision of each section of the report, by section id. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> revisionNumbers(long reportId) {
        ReportAccess.requireReadReports(currentUser.require());
        return revisions.latestNumbers(reportId);
    }

    /** When the director signed the report off; refused for a report not signed yet. */
    @Transactional(readOnly = true)
    public Instant signedAt(long reportId) {
        ReportAccess.requireReadReports(currentUser.require());
        Report report = reports.findById(reportId).orElseThrow(NotFoundException::new);
        if (report.getSignedAt() == null) {
            throw new InvalidInputException("error.export.not-signed");
        }
        return report.getSignedAt();
    }

    /** Whether the report's sections pass their office head before legality review. */
    @Transactional(readOnly = true)
    public boolean officeHeadCheck(long reportId) {
        ReportAccess.requireReadReports(currentUser.require());
        return reports.findById(reportId).orElseThrow(NotFoundException::new).isOfficeHeadCheck();
    }

    /** The roles of the person reading, so that screens offer only the steps that are theirs. */
    public Set<Role> viewerRoles() {
        return currentUser.require().roles();
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> reportHistory(long reportId) {
        ReportAccess.requireReadReports(currentUser.require());
        reports.findById(reportId).orElseThrow(NotFoundException::new);
        return history.ofReport(reportId);
    }

    /** The report's history, for a caller that has already checked who reads it inside its own read. */
    public List<HistoryEntry> reportHistoryOf(long reportId) {
        return history.ofReport(reportId);
    }

    /**
     * Each section's numbered heading as the history names it, by section id; a section since removed from the
     * outline keeps its heading without a number.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> sectionHeadings(long reportId) {
        ReportAccess.requireReadReports(currentUser.require());
        Map<Long, String> headings = new HashMap<>();
        for (ReportSection section : sections.findByReport_Id(reportId)) {
            headings.put(section.getId(), section.getHeading());
        }
        for (OutlineEntry entry : OutlineEntry.of(sections.outline(reportId))) {
            headings.put(entry.sectionId(), entry.number() + entry.heading());
        }
        return headings;
    }

    /** The legality opinions written on any section of the report. */
    @Transactional(readOnly = true)
    public List<ReviewOpinion> reportOpinions(long reportId) {
        ReportAccess.requireReadReports(currentUser.require());
        return revisions.opinionsOfReport(reportId);
    }

    @Transactional(readOnly = true)
    public SectionDetails section(long sectionId) {
        Actor actor = currentUser.require();
        ReportSection section = sections.findById(sectionId).orElseThrow(NotFoundException::new);
        if (!section.isAssigned()) {
            throw new NotFoundException();
        }
        ReportAccess.requireRead(actor, section);
        return detailsOf(section);
    }

    /** Without an access check: for services that have checked access their own way. */
    @Transactional(readOnly = true)
    public ReportDocument documentOf(long reportId) {
        Report report = reports.findById(reportId).orElseThrow(NotFoundException::new);
        return new ReportDocument(
                report.getId(),
                report.getYear(),
                report.getTitle(),
                report.getIssuer(),
                report.getClosingDate(),
                OutlineEntry.of(sections.outline(reportId)),
                report.getSignedAt() != null);
    }

    /** Without an access check: for services that have checked access their own way. */
    @Transactional(readOnly = true)
    public SectionDetails detailsOf(ReportSection section) {
        return detailsOf(section, work.openSectionTask(section.getId()));
    }

    /** The section's details, for a caller that has already read its open task. */
    public SectionDetails detailsOf(ReportSection section, Optional<WorkItem> openTask) {
        Report report = section.getReport();
        String number = OutlineEntry.of(sections.outline(report.getId())).stream()
                .filter(e -> e.sectionId() == section.getId())
                .findFirst()
                .map(OutlineEntry::number)
                .orElse("");
        return new SectionDetails(
                section.getId(),
                report.getId(),
                report.getTitle(),
                report.getYear(),
                number + section.getHeading(),
                section.getOffice().getName(),
                section.getDueDate(),
                section.getStatus(),
                section.getBody(),
                section.getReferenceText(),
                section.getVersion(),
                openTask.map(WorkItem::assignee).map(directory::displayName).orElse(null),
                history.latestReturn(section.getId()).orElse(null),
                history.ofSection(section.getId()),
                revisions.ofSection(section.getId()),
                revisions.opinionsOf(section.getId()));
    }

    private ReportSummary summary(Report report) {
        long total = sections.countSections(report.getId());
        long approved = sections.countByReport_IdAndStatus(report.getId(), SectionStatus.APPROVED);
        return new ReportSummary(
                report.getId(),
                report.getYear(),
                report.getTitle(),
                report.getStage(),
                approved,
                total,
                report.getSubmissionDeadline(),
                report.getPublicationDeadline());
    }
}
