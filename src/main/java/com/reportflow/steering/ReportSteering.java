package com.reportflow.steering;

import com.reportflow.report.ReportStage;
import java.util.List;
import java.util.Set;

/** A report on its steering page: its stage, every open task of the report and its sections, what may be done. */
public record ReportSteering(
        long reportId, int year, String title, ReportStage stage, List<OpenTask> tasks, Set<Operation> operations) {

    public ReportSteering {
        tasks = List.copyOf(tasks);
        operations = Set.copyOf(operations);
    }
}
