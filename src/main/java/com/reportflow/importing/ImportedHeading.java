package com.reportflow.importing;

import java.util.List;
import java.util.Objects;

/**
 * A heading of last year's report and what stands under it.
 *
 * @param level the heading's depth in the outline, 1..4: a child is one level below its parent even where the
 *     source skipped a numbering style (一、 followed directly by 1.), so the outline can be renumbered from it
 * @param number the number as typed in the source ("(一）", "1．", ")" when half deleted), "" when the number was lost
 *     entirely and the heading was recognised from its context
 * @param heading the heading's text without number and trailing punctuation; where the source ran the heading into a
 *     long first sentence, that sentence's first clause (the rest of the sentence starts {@code paragraphs}); "" only
 *     where the source gave no words at all
 * @param paragraphs the body under this heading before its first child, one entry per source paragraph
 * @param children the sub-headings, in order
 */
public record ImportedHeading(
        int level, String number, String heading, List<String> paragraphs, List<ImportedHeading> children) {

    public ImportedHeading {
        if (level < 1 || level > 4) {
            throw new IllegalArgumentException("level " + level);
        }
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(heading, "heading");
        paragraphs = List.copyOf(paragraphs);
        children = List.copyOf(children);
    }

    /** This heading and all below it. */
    int count() {
        int count = 1;
        for (ImportedHeading child : children) {
            count += child.count();
        }
        return count;
    }

    void addSentences(List<String> out) {
        if (!heading.isEmpty()) {
            out.add(heading);
        }
        for (String paragraph : paragraphs) {
            out.addAll(ImportText.sentences(paragraph));
        }
        for (ImportedHeading child : children) {
            child.addSentences(out);
        }
    }
}
