package com.reportflow.report;

import com.reportflow.directory.CandidateGroups;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the section process (processes/reportSection.bpmn20.xml) by expression: which office drafts a section,
 * when it is due, whether the office head checks it. Read at each step, so a change counts from the next step on.
 */
@Component("sectionRouting")
public class SectionRouting {

    private final SectionRepository sections;
    private final ReportRepository reports;
    private final Clock clock;
    private final int checkDays;

    SectionRouting(
            SectionRepository sections,
            ReportRepository reports,
            Clock clock,
            @Value("${reportflow.review-days:5}") int checkDays) {
        this.sections = sections;
        this.reports = reports;
        this.clock = clock;
        this.checkDays = checkDays;
    }

    @Transactional(readOnly = true)
    public String draftingGroup(Long sectionId) {
        return CandidateGroups.officeDrafters(section(sectionId).getOffice().getCode());
    }

    @Transactional(readOnly = true)
    public String officeHeadGroup(Long sectionId) {
        return CandidateGroups.officeHeads(section(sectionId).getOffice().getCode());
    }

    @Transactional(readOnly = true)
    public boolean officeCheckRequired(Long reportId) {
        return reports.findById(reportId).orElseThrow().isOfficeHeadCheck();
    }

    /** The section's due date, or a check period from now when a returned section is past it. */
    @Transactional(readOnly = true)
    public Date draftDue(Long sectionId) {
        LocalDate due = section(sectionId).getDueDate();
        LocalDate earliest = LocalDate.now(clock).plusDays(checkDays);
        return endOfDay(due == null || due.isBefore(LocalDate.now(clock)) ? earliest : due);
    }

    /** When a check (office head or legality review) is due: a fixed number of days from now. */
    public Date checkDue() {
        return endOfDay(LocalDate.now(clock).plusDays(checkDays));
    }

    private ReportSection section(Long sectionId) {
        return sections.findById(sectionId).orElseThrow();
    }

    static Date endOfDay(LocalDate date) {
        return Date.from(date.plusDays(1)
                .atStartOfDay(ZoneId.systemDefault())
                .minusSeconds(1)
                .toInstant());
    }
}
