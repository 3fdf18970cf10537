package com.reportflow.report.ui;

import com.reportflow.report.HistoryEntry;
import com.reportflow.report.SectionDetails;
import com.reportflow.report.SectionRevision;
import com.reportflow.shared.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.function.BiFunction;

/**
 * The opinion a section was last returned with — structured when a legal advisor wrote it, plain text from the
 * office head or the leadership group — under a caption naming who returned which revision when. Hidden when the
 * section was never returned.
 */
public class ReturnOpinion extends Div {

    public ReturnOpinion() {
        addClassName("opinion");
    }

    /**
     * @param details the section, whose latest return is shown
     * @param caption the caption from the returner's name and the formatted time
     */
    public void show(SectionDetails details, BiFunction<String, String, String> caption) {
        removeAll();
        HistoryEntry latestReturn = details == null ? null : details.latestReturn();
        setVisible(latestReturn != null);
        if (latestReturn == null) {
            return;
        }
        String title = caption.apply(latestReturn.getActorName(), Formats.dateTime(latestReturn.getOccurredAt()));
        if (latestReturn.getRevisionNumber() != null) {
            title += " · " + getTranslation("revision.number", latestReturn.getRevisionNumber());
        }
        add(new H3(title));
        var structured = details.latestReturnOpinion();
        if (structured.isPresent()) {
            add(new OpinionText(
                    structured.get(),
                    details.returnedRevision().map(SectionRevision::getBody).orElse("")));
        } else {
            Div comment = new Div();
            comment.setText(latestReturn.getComment());
            add(comment);
        }
    }
}
