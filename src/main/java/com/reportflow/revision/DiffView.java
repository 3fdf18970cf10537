package com.reportflow.revision;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Two texts compared character by character: deletions struck through in {@code <del>}, insertions underlined in
 * {@code <ins>}, line breaks kept, all rendered as text. A summary line counts what changed.
 */
public class DiffView extends Div {

    public final Div summary = new Div();
    public final Div text = new Div();

    public DiffView() {
        addClassName("diff");
        summary.addClassName("diff-summary");
        text.addClassName("diff-text");
        add(summary, text);
    }

    /** Shows what changed from {@code before} to {@code after}. */
    public void show(String before, String after) {
        TextDiff diff = TextDiff.between(before, after);
        text.removeAll();
        if (diff.unchanged()) {
            summary.setText(getTranslation("diff.unchanged"));
            text.setVisible(false);
            return;
        }
        summary.setText(getTranslation("diff.summary", diff.insertedChars(), diff.deletedChars()));
        text.setVisible(true);
        for (Segment segment : diff.segments()) {
            switch (segment.kind()) {
                case EQUAL -> text.add(new Span(segment.text()));
                case INSERTED -> text.add(new Inserted(segment.text()));
                case DELETED -> text.add(new Deleted(segment.text()));
            }
        }
    }

    @Tag("ins")
    static final class Inserted extends HtmlContainer {
        Inserted(String text) {
            setText(text);
        }
    }

    @Tag("del")
    static final class Deleted extends HtmlContainer {
        Deleted(String text) {
            setText(text);
        }
    }
}
