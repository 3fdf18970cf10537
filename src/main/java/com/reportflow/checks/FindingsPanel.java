package com.reportflow.checks;

import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportDocument;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report checks' findings as a list a coordinator or director can work through: where (numbered heading and
 * paragraph), what, and the text in question. They inform and never block.
 */
public class FindingsPanel extends Div {

    public final H3 caption = new H3();
    public final UnorderedList items = new UnorderedList();

    public FindingsPanel() {
        addClassName("findings");
        add(caption, items);
    }

    /** Runs the checks on the document and lists what they found. */
    public void show(ReportDocument document) {
        List<Finding> findings = check(document);
        Map<Long, String> headings = new HashMap<>();
        for (OutlineEntry entry : document.entries()) {
            headings.put(entry.sectionId(), entry.numberedHeading());
        }
        items.removeAll();
        caption.setText(
                findings.isEmpty() ? getTranslation("checks.none") : getTranslation("checks.caption", findings.size()));
        for (Finding finding : findings) {
            ListItem item = new ListItem();
            item.addClassName("finding");
            String place = finding.sectionId() == null
                    ? getTranslation("checks.place.report")
                    : headings.getOrDefault(finding.sectionId(), "")
                            + (finding.paragraph() > 0
                                    ? " · " + getTranslation("checks.place.paragraph", finding.paragraph())
                                    : "");
            Span where = new Span(place);
            where.addClassName("finding-place");
            Span what = new Span(getTranslation(finding.messageKey(), translatedArgs(finding)));
            item.add(where, what);
            if (!finding.excerpt().isEmpty()) {
                Span excerpt = new Span("“" + finding.excerpt() + "”");
                excerpt.addClassName("finding-excerpt");
                item.add(excerpt);
            }
            items.add(item);
        }
    }

    /** The checks on a report as one document: every outline node in order, sections with their text. */
    public static List<Finding> check(ReportDocument document) {
        return ReportChecks.run(
                document.entries().stream()
                        .map(e -> new CheckedSection(
                                e.sectionId(), e.depth(), e.number(), e.heading(), e.assigned(), e.body()))
                        .toList(),
                document.closingDate());
    }

    private Object[] translatedArgs(Finding finding) {
        return finding.args().stream()
                .map(arg -> arg instanceof String s && s.startsWith("checks.part.") ? getTranslation(s) : arg)
                .toArray();
    }
}
