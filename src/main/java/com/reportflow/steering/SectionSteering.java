package com.reportflow.steering;

import com.reportflow.report.ReportStage;
import com.reportflow.report.SectionStatus;
import java.util.Optional;

/** A section on its steering page: where it stands, its open task if any, and whether the viewer may reopen it. */
public record SectionSteering(
        long sectionId,
        long reportId,
        String reportTitle,
        String heading,
        String officeName,
        SectionStatus status,
        ReportStage stage,
        Optional<OpenTask> task,
        boolean reopenable) {}
