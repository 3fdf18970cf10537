package com.reportflow.report;

import com.reportflow.shared.UserFacingException;

/**
 * A report or section was asked to move from a state it is no longer in: someone else moved it first. The person
 * reads that the same thing changed meanwhile; the transaction rolls back, so nothing changes.
 */
public class StateConflict extends UserFacingException {

    StateConflict() {
        super("error.concurrent-update");
    }
}
