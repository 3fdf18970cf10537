package com.reportflow.monitoring;

import java.time.Duration;
import java.util.List;

/** The year's figures: time spent per step and office, returns per section, approvals per ISO week. */
public record Figures(List<StepTime> stepTimes, List<SectionReturns> returns, List<WeekCount> approvalsPerWeek) {

    public Figures {
        stepTimes = List.copyOf(stepTimes);
        returns = List.copyOf(returns);
        approvalsPerWeek = List.copyOf(approvalsPerWeek);
    }

    /**
     * The finished rounds of a step in an office (the section's office; report steps under a null office): how many,
     * the median and the longest.
     */
    public record StepTime(MatrixStep step, String officeName, int rounds, Duration median, Duration worst) {}

    public record SectionReturns(
            long reportId, long sectionId, String numberedHeading, String officeName, long returns) {}

    /** {@code week} as ISO 8601, e.g. 2026-W05. */
    public record WeekCount(String week, long approved) {}
}
