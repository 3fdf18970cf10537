package com.reportflow.workflow;

/** The outcome of a check: the office head's or the legal advisor's. */
public enum Decision {
    APPROVE,
    RETURN
}
