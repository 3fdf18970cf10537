package com.reportflow.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Reads the trail in chain order. A plain {@link Repository}: it offers no save, update or delete. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    List<AuditEntry> findTop500ByIdGreaterThanOrderByIdAsc(long afterId);
}
