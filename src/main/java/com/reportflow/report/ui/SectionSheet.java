package com.reportflow.report.ui;

import com.reportflow.report.SectionDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A section as those who check it read it: its header, the opinion of its latest return, its text as literal text
 * with its line breaks, what the reader may do with it, and its history.
 */
public class SectionSheet extends VerticalLayout {

    public final SectionHeader header = new SectionHeader();
    public final ReturnOpinion previousOpinion = new ReturnOpinion();
    public final Div sectionText = new Div();

    public SectionSheet() {
        setPadding(false);
        sectionText.addClassName("section-text");
        sectionText.setWidthFull();
    }

    /** Shows the section with the given actions (the decision, or a note saying there is none) above its history. */
    public void show(SectionDetails details, Component... actions) {
        removeAll();
        header.show(details);
        previousOpinion.show(details, (actor, at) -> getTranslation("section.previous-opinion", actor, at));
        sectionText.setText(details.body());
        add(header, previousOpinion, sectionText);
        add(actions);
        add(new HistoryPanel(details));
    }
}
