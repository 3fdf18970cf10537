package com.reportflow.report.ui;

import com.reportflow.report.LegalOpinion;
import com.reportflow.report.OpinionAspect;
import com.reportflow.report.ReportDocument;
import com.reportflow.shared.TextInput;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * A legality opinion laid out as reviewers write it: the conclusion, each finding under its aspect, the remarks,
 * and the paragraph it points at quoted from the revision it was written on. All of it rendered as text.
 */
public class OpinionText extends Div {

    static final int QUOTE_LENGTH = 60;

    public OpinionText(LegalOpinion opinion, String revisionBody) {
        addClassName("opinion-text");
        Span conclusion = new Span(
                getTranslation("opinion.conclusion." + opinion.conclusion().name()));
        conclusion.addClassName("opinion-conclusion");
        add(conclusion);
        if (opinion.paragraph() != null) {
            List<String> paragraphs = ReportDocument.paragraphs(revisionBody);
            int index = opinion.paragraph();
            String quoted =
                    index <= paragraphs.size() ? TextInput.excerpt(paragraphs.get(index - 1), QUOTE_LENGTH) : "";
            add(line("opinion-paragraph", getTranslation("opinion.paragraph-ref", index, quoted)));
        }
        for (OpinionAspect aspect : OpinionAspect.values()) {
            String finding = opinion.finding(aspect);
            if (!finding.isEmpty()) {
                add(line("opinion-finding", getTranslation("opinion.aspect." + aspect.name()) + "：" + finding));
            }
        }
        if (!opinion.remarks().isBlank()) {
            add(line("opinion-remarks", opinion.remarks()));
        }
    }

    private static Div line(String className, String text) {
        Div div = new Div();
        div.addClassName(className);
        div.setText(text);
        return div;
    }
}
