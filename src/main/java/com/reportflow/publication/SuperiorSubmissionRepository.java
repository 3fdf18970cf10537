package com.reportflow.publication;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SuperiorSubmissionRepository extends JpaRepository<SuperiorSubmission, Long> {

    List<SuperiorSubmission> findByReportIdOrderByIdAsc(Long reportId);
}
