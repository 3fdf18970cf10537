package com.reportflow.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CoReviewRepository extends JpaRepository<CoReview, Long> {

    List<CoReview> findByTaskIdOrderByRequestedAtAscIdAsc(String taskId);

    Optional<CoReview> findByTaskIdAndReviewer(String taskId, String reviewer);
}
