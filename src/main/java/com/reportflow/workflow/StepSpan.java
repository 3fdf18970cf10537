package com.reportflow.workflow;

import java.time.Duration;
import java.time.Instant;

/**
 * One round of a step as the engine's history keeps it: which subject, who held it, when it opened and when it was
 * finished (null while open). A section returned once has two rounds of drafting.
 */
public record StepSpan(Step step, long reportId, Long sectionId, String assignee, Instant startedAt, Instant endedAt) {

    public boolean open() {
        return endedAt == null;
    }

    /** How long the round took; for an open round, how long it has been held so far. */
    public Duration duration(Instant now) {
        return Duration.between(startedAt, endedAt == null ? now : endedAt);
    }
}
