package com.reportflow.deliberation;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the report process (processes/annualReport.bpmn20.xml): which sections the meeting sent back. */
@Component("deliberations")
public class Deliberations {

    private final DeliberationRepository records;

    Deliberations(DeliberationRepository records) {
        this.records = records;
    }

    @Transactional(readOnly = true)
    public List<Long> returnedSectionIds(Long reportId) {
        return records.findFirstByReportIdOrderByIdDesc(reportId)
                .map(d -> d.getReturnedSectionIds().stream().sorted().toList())
                .orElse(List.of());
    }
}
