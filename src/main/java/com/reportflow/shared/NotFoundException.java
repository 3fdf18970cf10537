package com.reportflow.shared;

/** The object named by an id does not exist (or is not the kind the caller claimed). */
public class NotFoundException extends UserFacingException {

    public NotFoundException() {
        super("error.not-found");
    }
}
