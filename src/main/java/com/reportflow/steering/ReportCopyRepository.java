package com.reportflow.steering;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportCopyRepository extends JpaRepository<ReportCopy, Long> {

    boolean existsByReportIdAndRecipient(long reportId, String recipient);
}
