package com.reportflow.report;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the report process (processes/annualReport.bpmn20.xml): which sections to run. */
@Component("reportSections")
public class ReportSections {

    private final SectionRepository sections;

    ReportSections(SectionRepository sections) {
        this.sections = sections;
    }

    @Transactional(readOnly = true)
    public List<Long> assignedSectionIds(Long reportId) {
        return sections.assignedSections(reportId).stream()
                .map(ReportSection::getId)
                .toList();
    }
}
