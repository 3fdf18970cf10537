package com.reportflow.export;

import java.util.List;
import java.util.Objects;

/**
 * One heading of the exported document with the paragraphs under it, in document order.
 *
 * @param depth outline level, 1 to 4
 * @param number the heading number as printed: "一、", "（一）", "1.", "（1）"
 * @param heading the heading text without its number
 * @param paragraphs the section's text, one entry a paragraph
 * @param revision the section's revision number, {@code null} for a grouping heading that has no text of its own
 */
public record ExportedHeading(int depth, String number, String heading, List<String> paragraphs, Integer revision) {

    public ExportedHeading {
        if (depth < 1 || depth > 4) {
            throw new IllegalArgumentException("outline depth must be 1 to 4: " + depth);
        }
        number = Objects.requireNonNullElse(number, "");
        heading = Objects.requireNonNullElse(heading, "");
        paragraphs = List.copyOf(paragraphs);
        if (revision != null && revision < 1) {
            throw new IllegalArgumentException("revision must be positive: " + revision);
        }
    }

    /** Number and heading as one line: "（一）依法全面履行政府职能". */
    public String numberedHeading() {
        return number + heading;
    }
}
