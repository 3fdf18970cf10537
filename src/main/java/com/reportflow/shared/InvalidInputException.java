package com.reportflow.shared;

/** Input that breaks a rule; nothing was changed. */
public class InvalidInputException extends UserFacingException {

    public InvalidInputException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
