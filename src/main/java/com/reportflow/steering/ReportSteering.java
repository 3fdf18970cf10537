package com.reportflow.steering;

import com.reportflow.report.ReportStage;
import com.reportflow.report.SectionStatus;
import java.util.List;
import java.util.Set;

/**
 * A report on its steering page: its stage, every open task of the report and its sections, what may be done, and
 * its sections.
 */
public record ReportSteering(
        long reportId,
        int year,
        String title,
        ReportStage stage,
        List<OpenTask> tasks,
        Set<Operation> operations,
        List<Section> sections) {

    public ReportSteering {
        tasks = List.copyOf(tasks);
        operations = Set.copyOf(operations);
        sections = List.copyOf(sections);
    }

    /** A section of the report, for the links to its own steering page (where an approved one is reopened). */
    public record Section(long sectionId, String heading, SectionStatus status) {}
}
