package com.reportflow.report;

import com.reportflow.shared.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** Who did what and when, with each opinion, oldest first. */
public class HistoryPanel extends Div {

    final UnorderedList entries = new UnorderedList();

    public HistoryPanel(List<HistoryEntry> history) {
        addClassName("history");
        add(new H3(getTranslation("history.title")), entries);
        for (HistoryEntry entry : history) {
            ListItem item = new ListItem();
            item.add(new Span(Formats.dateTime(entry.getOccurredAt()) + "  " + entry.getActorName() + "  "
                    + getTranslation("history." + entry.getAction().name())));
            if (entry.getComment() != null && !entry.getComment().isBlank()) {
                Div comment = new Div();
                comment.setText(entry.getComment());
                comment.addClassName("history-comment");
                item.add(comment);
            }
            entries.add(item);
        }
        if (history.isEmpty()) {
            entries.add(new ListItem(getTranslation("history.empty")));
        }
    }
}
