package com.reportflow.checks;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FindingDismissalRepository extends JpaRepository<FindingDismissal, Long> {

    List<FindingDismissal> findByReportId(long reportId);

    boolean existsByReportIdAndFindingKey(long reportId, String findingKey);
}
