package com.reportflow.monitoring;

import com.reportflow.workflow.Step;
import java.util.Arrays;
import java.util.List;

/** The columns of the dashboard's matrix: the steps a section passes, its own and then its report's. */
public enum MatrixStep {
    DRAFTING(Step.DRAFT_SECTION),
    OFFICE_CHECK(Step.OFFICE_CHECK),
    LEGALITY_REVIEW(Step.LEGALITY_REVIEW),
    COMPILE(Step.COMPILE_REPORT),
    DELIBERATION(Step.DELIBERATE_REPORT),
    SIGN_OFF(Step.SIGN_OFF),
    /** Publication and the submission upward run side by side after sign-off; one column for both. */
    PUBLICATION(Step.PUBLISH_REPORT, Step.SUBMIT_TO_SUPERIOR);

    private final List<Step> steps;

    MatrixStep(Step... steps) {
        this.steps = List.of(steps);
    }

    public List<Step> steps() {
        return steps;
    }

    public boolean ofSection() {
        return steps.getFirst().scope() == Step.Scope.SECTION;
    }

    public String translationKey() {
        return "monitoring.matrix." + name();
    }

    public static MatrixStep of(Step step) {
        return Arrays.stream(values())
                .filter(m -> m.steps.contains(step))
                .findFirst()
                .orElseThrow();
    }
}
