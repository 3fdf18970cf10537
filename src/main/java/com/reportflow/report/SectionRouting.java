package com.reportflow.report;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CandidateGroups;
import com.reportflow.directory.Directory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;
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
    private final Revisions revisions;
    private final Directory directory;
    private final Clock clock;
    private final int checkDays;

    SectionRouting(
            SectionRepository sections,
            ReportRepository reports,
            Revisions revisions,
            Directory directory,
            Clock clock,
            @Value("${reportflow.review-days:5}") int checkDays) {
        this.sections = sections;
        this.reports = reports;
        this.revisions = revisions;
        this.directory = directory;
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

    /** The office check's candidate groups: the office's heads, none when a head submitted (see officeCheckUsers). */
    @Transactional(readOnly = true)
    public List<String> officeCheckGroups(Long sectionId) {
        ReportSection section = section(sectionId);
        return checkers(section).byName() ? List.of() : List.of(headGroupOf(section));
    }

    /**
     * The people named for the office check: when one of the office's heads submitted the revision, the other
     * active heads (a person never decides a check of their own revision); else nobody by name.
     */
    @Transactional(readOnly = true)
    public List<String> officeCheckUsers(Long sectionId) {
        Checkers checkers = checkers(section(sectionId));
        return checkers.byName() ? checkers.otherHeads() : List.of();
    }

    /** The report asks for the office check (process versions before the self-check rule ask only this). */
    @Transactional(readOnly = true)
    public boolean officeCheckRequired(Long reportId) {
        return reports.findById(reportId).orElseThrow().isOfficeHeadCheck();
    }

    /**
     * Whether the section's latest submission goes to its office head: the report asks for the check, and someone
     * other than the submitter can make it. A head who submitted while no other active head exists skips it (the
     * drafting service records why); an office without any head keeps the check, and monitoring flags it.
     */
    @Transactional(readOnly = true)
    public boolean goesToOfficeCheck(Long reportId, Long sectionId) {
        if (!officeCheckRequired(reportId)) {
            return false;
        }
        Checkers checkers = checkers(section(sectionId));
        return !checkers.byName() || !checkers.otherHeads().isEmpty();
    }

    /**
     * Who may check the latest revision: when its submitter is an active head of the office, the check goes by name
     * to the other active heads; otherwise to the office's head group.
     */
    private record Checkers(boolean byName, List<String> otherHeads) {}

    private Checkers checkers(ReportSection section) {
        String submitter = revisions
                .latest(section.getId())
                .map(SectionRevision::getSubmittedBy)
                .orElse(null);
        List<String> heads = directory.members(Set.of(headGroupOf(section))).stream()
                .map(Actor::username)
                .toList();
        return new Checkers(
                heads.contains(submitter),
                heads.stream().filter(head -> !head.equals(submitter)).toList());
    }

    private static String headGroupOf(ReportSection section) {
        return CandidateGroups.officeHeads(section.getOffice().getCode());
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
