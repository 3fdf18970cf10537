package com.reportflow.checks;

import java.util.Objects;

/**
 * One section of the outline as the checks see it, in document order.
 *
 * @param depth 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）
 * @param number the number the outline gives the heading, e.g. "（二）"
 * @param heading the heading text without its number
 * @param drafted whether an office writes this section's body (a section that is only a heading is not drafted)
 * @param body the text, paragraphs separated by line breaks; null when never written
 */
public record CheckedSection(long sectionId, int depth, String number, String heading, boolean drafted, String body) {

    public CheckedSection {
        if (depth < 1) {
            throw new IllegalArgumentException("outline depth starts at 1: " + depth);
        }
        number = Objects.requireNonNullElse(number, "");
        heading = Objects.requireNonNullElse(heading, "");
        body = Objects.requireNonNullElse(body, "");
    }
}
