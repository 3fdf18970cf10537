package com.reportflow.workflow;

/** The user tasks of the two processes; each id is the BPMN task id. */
public enum Step {
    DRAFT_SECTION("draftSection", Scope.SECTION, null),
    OFFICE_CHECK("officeCheck", Scope.SECTION, "officeCheckDecision"),
    LEGALITY_REVIEW("legalityReview", Scope.SECTION, "reviewDecision"),
    COMPILE_REPORT("compileReport", Scope.REPORT, null),
    DELIBERATE_REPORT("deliberateReport", Scope.REPORT, "deliberationOutcome"),
    SIGN_OFF("signOff", Scope.REPORT, null),
    PUBLISH_REPORT("publishReport", Scope.REPORT, null),
    SUBMIT_TO_SUPERIOR("submitToSuperior", Scope.REPORT, null);

    /** Whether a step's subject is a section or the whole report. */
    public enum Scope {
        SECTION,
        REPORT
    }

    private final String taskKey;
    private final Scope scope;
    private final String decisionVariable;

    Step(String taskKey, Scope scope, String decisionVariable) {
        this.taskKey = taskKey;
        this.scope = scope;
        this.decisionVariable = decisionVariable;
    }

    public String taskKey() {
        return taskKey;
    }

    public Scope scope() {
        return scope;
    }

    String decisionVariable() {
        return decisionVariable;
    }

    public static Step ofTaskKey(String taskKey) {
        for (Step step : values()) {
            if (step.taskKey.equals(taskKey)) {
                return step;
            }
        }
        throw new IllegalArgumentException("Unknown task key " + taskKey);
    }
}
