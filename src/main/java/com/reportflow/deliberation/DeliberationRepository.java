package com.reportflow.deliberation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeliberationRepository extends JpaRepository<Deliberation, Long> {

    Optional<Deliberation> findFirstByReportIdOrderByIdDesc(Long reportId);

    List<Deliberation> findByReportIdOrderByIdAsc(Long reportId);
}
