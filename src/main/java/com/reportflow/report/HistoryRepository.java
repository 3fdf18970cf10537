package com.reportflow.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HistoryRepository extends JpaRepository<HistoryEntry, Long> {

    List<HistoryEntry> findBySectionIdOrderByOccurredAtAscIdAsc(Long sectionId);

    List<HistoryEntry> findByReportIdOrderByOccurredAtAscIdAsc(Long reportId);

    Optional<HistoryEntry> findFirstBySectionIdAndActionInOrderByOccurredAtDescIdDesc(
            Long sectionId, List<HistoryAction> actions);
}
