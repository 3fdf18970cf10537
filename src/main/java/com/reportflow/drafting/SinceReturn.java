package com.reportflow.drafting;

import com.reportflow.revision.DiffView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/** After a return, what the author has changed in the returned revision so far. */
class SinceReturn extends Div {

    final DiffView changesSinceReturn = new DiffView();
    private String returnedText;

    SinceReturn() {
        addClassName("since-return");
        add(new H3(getTranslation("drafting.since-return")), changesSinceReturn);
    }

    /** The returned revision's text to compare with, or null when the section was not returned. */
    void returned(String text) {
        this.returnedText = text;
    }

    void show(String typed) {
        setVisible(returnedText != null);
        if (returnedText != null) {
            changesSinceReturn.show(returnedText, typed);
        }
    }
}
