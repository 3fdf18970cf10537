package com.reportflow.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** What the error screens share: a title, a sentence and the way back to the inbox, in the person's language. */
abstract class ErrorView extends VerticalLayout {

    final H2 title = new H2();
    final Paragraph message = new Paragraph();

    ErrorView(String kind) {
        addClassName("error-view");
        title.setText(getTranslation("error.page." + kind + ".title"));
        message.setText(getTranslation("error.page." + kind + ".message"));
        add(title, message, new Anchor("", getTranslation("error.page.back.app")));
    }
}
