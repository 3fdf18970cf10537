package com.reportflow.report;

import com.reportflow.directory.OfficeWorkload;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts the sections an office still has in drafting or review, so the directory keeps such an office active. */
@Component
class OfficeSections implements OfficeWorkload {

    private static final List<SectionStatus> OPEN = List.of(
            SectionStatus.DRAFTING, SectionStatus.RETURNED, SectionStatus.OFFICE_CHECK, SectionStatus.LEGAL_REVIEW);

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    @Transactional(readOnly = true)
    public long openSections(long officeId) {
        return entityManager
                .createQuery(
                        "select count(s) from ReportSection s where s.office.id = :office and s.status in :open",
                        Long.class)
                .setParameter("office", officeId)
                .setParameter("open", OPEN)
                .getSingleResult();
    }
}
