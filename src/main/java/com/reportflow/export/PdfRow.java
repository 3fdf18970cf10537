package com.reportflow.export;

import java.util.List;

/**
 * One line of the page grid: the text lines on it (one, or one per table cell) and, for a table row, its rules.
 *
 * @param keepWithNext the next row must be on the same page (a heading and its first line, orphans and widows, the
 *     closing block, the lines of one table row)
 * @param pageBreakBefore the row starts a page
 */
record PdfRow(List<TextLine> texts, Rules rules, boolean keepWithNext, boolean pageBreakBefore) {

    static final PdfRow BLANK = new PdfRow(List.of(), null, false, false);

    PdfRow {
        texts = List.copyOf(texts);
    }

    boolean isBlank() {
        return texts.isEmpty() && rules == null;
    }

    PdfRow keptWithNext() {
        return new PdfRow(texts, rules, true, pageBreakBefore);
    }

    PdfRow startingAPage() {
        return new PdfRow(texts, rules, keepWithNext, true);
    }

    /**
     * A run of glyphs on one baseline starting at {@code x}; {@code spacing} is added after every glyph (the grid's
     * character spacing plus any justification).
     */
    record TextLine(float x, float size, float spacing, List<PdfText.Glyph> glyphs) {

        TextLine {
            glyphs = List.copyOf(glyphs);
        }
    }

    /** Table rules: vertical rules at {@code verticals} across the row, a rule along its top and/or bottom. */
    record Rules(float[] verticals, boolean top, boolean bottom) {}
}
