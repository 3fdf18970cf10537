package com.reportflow.report;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SectionRepository extends JpaRepository<ReportSection, Long> {

    List<ReportSection> findByReport_IdOrderByPosition(Long reportId);

    List<ReportSection> findByReport_IdAndOfficeIsNotNullOrderByPosition(Long reportId);

    List<ReportSection> findByIdIn(Collection<Long> ids);

    long countByReport_IdAndOfficeIsNotNull(Long reportId);

    long countByReport_IdAndStatus(Long reportId, SectionStatus status);
}
