package com.reportflow.drafting;

import com.reportflow.revision.DiffView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Shown when a save would overwrite a colleague's newer text: the reason, what they changed, and a button that loads
 * their version once the person has copied what they typed.
 */
class StaleEdit extends Div {

    final Span staleMessage = new Span();
    final Button reload = new Button();
    final DiffView theirChange = new DiffView();

    StaleEdit(Runnable loadTheirs) {
        addClassName("stale-edit");
        staleMessage.addClassName("error");
        reload.setText(getTranslation("drafting.reload"));
        reload.addClickListener(e -> loadTheirs.run());
        add(staleMessage, reload, new Span(getTranslation("drafting.their-change")), theirChange);
        setVisible(false);
    }

    void show(String message, String saved, String theirs) {
        staleMessage.setText(message);
        theirChange.show(saved, theirs);
        setVisible(true);
    }
}
