package com.reportflow.steering;

import com.reportflow.report.ReportStage;
import com.reportflow.report.SectionStatus;
import java.util.Optional;

/** A section on its steering page: where it stands and its open task, if any. */
public record SectionSteering(
        long sectionId,
        long reportId,
        String reportTitle,
        String heading,
        String officeName,
        SectionStatus status,
        ReportStage stage,
        Optional<OpenTask> task) {}
