package com.reportflow.publication;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublishedVersionRepository extends JpaRepository<PublishedVersion, Long> {

    List<PublishedVersion> findByReportIdOrderByNumberAsc(Long reportId);

    Optional<PublishedVersion> findFirstByReportIdOrderByNumberDesc(Long reportId);

    Optional<PublishedVersion> findByReportIdAndNumber(Long reportId, int number);
}
