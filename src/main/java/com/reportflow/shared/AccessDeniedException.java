package com.reportflow.shared;

/** The current user may not do this, whatever the screen offered them. */
public class AccessDeniedException extends UserFacingException {

    public AccessDeniedException() {
        super("error.access-denied");
    }
}
