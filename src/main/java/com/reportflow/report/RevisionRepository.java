package com.reportflow.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RevisionRepository extends JpaRepository<SectionRevision, Long> {

    List<SectionRevision> findBySectionIdOrderByNumberAsc(Long sectionId);

    Optional<SectionRevision> findFirstBySectionIdOrderByNumberDesc(Long sectionId);

    Optional<SectionRevision> findBySectionIdAndNumber(Long sectionId, int number);
}
