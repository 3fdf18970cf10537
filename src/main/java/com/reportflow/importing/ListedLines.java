package com.reportflow.importing;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** Lines of the source the preview points out (dropped as debris, decoded wrongly), under a summary that counts them. */
class ListedLines extends Details {

    final UnorderedList lines = new UnorderedList();

    ListedLines() {
        add(lines);
    }

    void list(String summary, List<String> shown) {
        lines.removeAll();
        shown.forEach(line -> lines.add(new ListItem(line)));
        setSummaryText(summary);
    }
}
