package com.reportflow.monitoring;

import java.time.Duration;
import java.time.Instant;

/**
 * One cell of the matrix: whether the step is open now (who holds it, since when, {@code spent} held so far,
 * {@code rounds} finished before), finished ({@code rounds} finished, {@code spent} by them together) or not
 * reached yet.
 */
public record Cell(State state, String holder, Instant since, int rounds, Duration spent) {

    public enum State {
        OPEN,
        DONE,
        NOT_REACHED
    }

    static final Cell NOT_REACHED = new Cell(State.NOT_REACHED, null, null, 0, Duration.ZERO);
}
