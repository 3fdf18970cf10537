package com.reportflow.shared.ui;

import com.reportflow.shared.UserFacingException;
import com.vaadin.flow.component.html.Span;

/**
 * Where a screen says, as text, why the service refused to show it: in place of the data, never beside it. Hidden
 * while there is no refusal.
 */
public class Refusal extends Span {

    public Refusal() {
        addClassName("refusal");
        setVisible(false);
    }

    /** Runs what loads the screen; a refusal is shown here and reported as false, otherwise this hides. */
    public boolean attempt(Runnable loading) {
        try {
            loading.run();
            setVisible(false);
            return true;
        } catch (UserFacingException e) {
            show(e);
            return false;
        }
    }

    public void show(UserFacingException e) {
        setText(Errors.message(this, e));
        setVisible(true);
    }
}
