package com.reportflow.report;

import com.reportflow.shared.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.function.BiFunction;

/** The opinion a section was returned with, under a caption naming who returned it when; hidden when there is none. */
public class ReturnOpinion extends Div {

    public ReturnOpinion() {
        addClassName("opinion");
    }

    /**
     * @param latestReturn the return to show, or null to hide the box
     * @param caption the caption from the returner's name and the formatted time
     */
    public void show(HistoryEntry latestReturn, BiFunction<String, String, String> caption) {
        removeAll();
        setVisible(latestReturn != null);
        if (latestReturn != null) {
            Div comment = new Div();
            comment.setText(latestReturn.getComment());
            add(
                    new H3(caption.apply(latestReturn.getActorName(), Formats.dateTime(latestReturn.getOccurredAt()))),
                    comment);
        }
    }
}
