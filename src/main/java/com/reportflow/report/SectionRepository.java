package com.reportflow.report;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SectionRepository extends JpaRepository<ReportSection, Long> {

    List<ReportSection> findByReport_IdAndStatusNotOrderByPosition(Long reportId, SectionStatus status);

    /** The report's outline in document order, without the nodes taken out of it. */
    default List<ReportSection> outline(Long reportId) {
        return findByReport_IdAndStatusNotOrderByPosition(reportId, SectionStatus.REMOVED);
    }

    /** The sections someone drafts, in document order. */
    default List<ReportSection> assignedSections(Long reportId) {
        return outline(reportId).stream().filter(ReportSection::isAssigned).toList();
    }

    /** How many sections of the report someone drafts. */
    default long countSections(Long reportId) {
        return countByReport_IdAndOfficeIsNotNullAndStatusNot(reportId, SectionStatus.REMOVED);
    }

    long countByReport_IdAndOfficeIsNotNullAndStatusNot(Long reportId, SectionStatus status);

    List<ReportSection> findByIdIn(Collection<Long> ids);

    List<ReportSection> findByReport_Id(Long reportId);

    /** The outlines of several reports at once, report by report in document order, without removed nodes. */
    List<ReportSection> findByReport_IdInAndStatusNotOrderByReport_IdAscPositionAsc(
            Collection<Long> reportIds, SectionStatus status);

    long countByReport_IdAndStatus(Long reportId, SectionStatus status);

    /** Whether every section someone drafts is approved. */
    default boolean allApproved(Long reportId) {
        return countSections(reportId) == countByReport_IdAndStatus(reportId, SectionStatus.APPROVED);
    }
}
