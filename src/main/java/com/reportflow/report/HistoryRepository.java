package com.reportflow.report;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HistoryRepository extends JpaRepository<HistoryEntry, Long> {

    List<HistoryEntry> findBySectionIdOrderByOccurredAtAscIdAsc(Long sectionId);

    List<HistoryEntry> findByReportIdOrderByOccurredAtAscIdAsc(Long reportId);

    @Query("select h.sectionId, count(h) from HistoryEntry h where h.reportId in :reportIds and h.action in :actions"
            + " and h.sectionId is not null group by h.sectionId")
    List<Object[]> countBySection(
            @Param("reportIds") Collection<Long> reportIds, @Param("actions") Collection<HistoryAction> actions);

    @Query("select h.occurredAt from HistoryEntry h where h.reportId in :reportIds and h.action = :action")
    List<Instant> times(@Param("reportIds") Collection<Long> reportIds, @Param("action") HistoryAction action);

    Optional<HistoryEntry> findFirstBySectionIdAndActionInOrderByOccurredAtDescIdDesc(
            Long sectionId, List<HistoryAction> actions);
}
