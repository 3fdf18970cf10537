package com.reportflow.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OpinionRepository extends JpaRepository<ReviewOpinion, Long> {

    List<ReviewOpinion> findBySectionIdOrderByDecidedAtAscIdAsc(Long sectionId);

    List<ReviewOpinion> findByReportIdOrderByDecidedAtAscIdAsc(Long reportId);
}
