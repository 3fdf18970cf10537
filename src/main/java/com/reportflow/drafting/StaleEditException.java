package com.reportflow.drafting;

import com.reportflow.shared.UserFacingException;

/** The text was changed by someone else since this person loaded it; their save was refused. */
public class StaleEditException extends UserFacingException {

    public StaleEditException(String otherEditor) {
        super("error.stale-edit", otherEditor);
    }
}
