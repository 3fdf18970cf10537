package com.reportflow.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RevisionRepository extends JpaRepository<SectionRevision, Long> {

    List<SectionRevision> findBySectionIdOrderByNumberAsc(Long sectionId);

    Optional<SectionRevision> findFirstBySectionIdOrderByNumberDesc(Long sectionId);

    Optional<SectionRevision> findBySectionIdAndNumber(Long sectionId, int number);

    /** Each section of the report with its latest revision number: rows of [sectionId, number]. */
    @Query("select r.sectionId, max(r.number) from SectionRevision r where r.reportId = ?1 group by r.sectionId")
    List<Object[]> latestNumbers(Long reportId);
}
