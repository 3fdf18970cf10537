package com.reportflow.deliberation;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the report process (processes/annualReport.bpmn20.xml): which sections the meeting sent back; and the
 * later steps: what the latest meeting decided. Without an access check: callers check who reads.
 */
@Component("deliberations")
public class Deliberations {

    private final DeliberationRepository records;

    Deliberations(DeliberationRepository records) {
        this.records = records;
    }

    /** The latest meeting's record, the one the report went on with; empty before any deliberation. */
    @Transactional(readOnly = true)
    public Optional<DeliberationRecord> latest(long reportId) {
        return records.findFirstByReportIdOrderByIdDesc(reportId)
                .map(d -> new DeliberationRecord(d.getMeetingName(), d.getMeetingDate(), d.getOutcome(), d.getNotes()));
    }

    @Transactional(readOnly = true)
    public List<Long> returnedSectionIds(Long reportId) {
        return records.findFirstByReportIdOrderByIdDesc(reportId)
                .map(d -> d.getReturnedSectionIds().stream().sorted().toList())
                .orElse(List.of());
    }
}
