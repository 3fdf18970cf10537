package com.reportflow.workflow;

/** The outcome of the leadership group's deliberation. */
public enum DeliberationOutcome {
    PASSED,
    RETURNED
}
