package com.reportflow.export;

import static com.reportflow.export.OfficialLayout.BODY_PT;
import static com.reportflow.export.OfficialLayout.CHAR_PITCH_PT;
import static com.reportflow.export.OfficialLayout.LEFT_PT;
import static com.reportflow.export.OfficialLayout.TEXT_WIDTH_PT;
import static com.reportflow.export.OfficialLayout.TITLE_PT;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays the report out on grid rows: the same content and order as the DOCX, with the body set on the 28-character
 * grid (16 pt glyphs at a 15.79 pt pitch, as Word's document grid draws them), lines justified, and rows that must
 * stay together marked.
 */
final class PdfComposer {

    /** Cell margin of the table of revisions, as Word's default (0.19 cm). */
    private static final float CELL_PADDING = OfficialLayout.points(1.9);

    private static final float REVISION_COLUMN_PT = OfficialLayout.points(36);

    /** How finely the title's box is narrowed, in points. */
    private static final float TITLE_STEP = 2;

    enum Align {
        JUSTIFY,
        LEFT,
        CENTER,
        RIGHT
    }

    private final PdfFonts fonts;
    private final List<PdfRow> rows = new ArrayList<>();

    private PdfComposer(PdfFonts fonts) {
        this.fonts = fonts;
    }

    static List<PdfRow> compose(ExportedReport report, PdfFonts fonts) {
        PdfComposer composer = new PdfComposer(fonts);
        composer.body(report);
        return List.copyOf(composer.rows);
    }

    private void body(ExportedReport report) {
        title(report.title());
        String state = DocumentText.stateLine(report.stateLabel());
        if (!state.isEmpty()) {
            rows.addAll(gridBlock(state, PdfFonts.Role.KAI, 0, Align.CENTER, 0, false));
        }
        rows.add(PdfRow.BLANK);
        for (ExportedHeading heading : report.headings()) {
            if (!heading.numberedHeading().isBlank()) {
                List<PdfRow> lines = keptLikeAParagraph(
                        gridBlock(heading.numberedHeading(), role(heading.depth()), 2, Align.JUSTIFY, 0, false));
                if (!lines.isEmpty()) {
                    // The heading's last line stays with what follows it.
                    lines.set(lines.size() - 1, lines.get(lines.size() - 1).keptWithNext());
                    rows.addAll(lines);
                }
            }
            for (String paragraph : heading.paragraphs()) {
                rows.addAll(paragraph(paragraph));
            }
        }
        closing(report);
        if (report.statesRevisions()) {
            revisions(report);
        }
    }

    /**
     * The title, off the grid (as in the DOCX) with natural spacing, centred. GB/T 9704 asks for a title of several
     * lines set as a trapezoid or diamond: it is wrapped in the narrowest centred box that needs no more lines than
     * the full width and keeps each line at least as long as the one below it; where words leave no such box (a
     * year cannot be split), in the narrowest box that needs no more lines.
     */
    private void title(String text) {
        List<PdfRow.TextLine> best = titleLines(text, TEXT_WIDTH_PT);
        List<PdfRow.TextLine> narrowest = best;
        for (float width = TEXT_WIDTH_PT - TITLE_STEP; best.size() > 1 && width > 0; width -= TITLE_STEP) {
            List<PdfRow.TextLine> lines = titleLines(text, width);
            if (lines.size() != best.size()) {
                break;
            }
            narrowest = lines;
            if (narrowingDownwards(lines)) {
                best = lines;
            }
        }
        if (!narrowingDownwards(best)) {
            best = narrowest;
        }
        for (PdfRow.TextLine line : best) {
            rows.add(new PdfRow(List.of(line), null, false, false));
        }
    }

    private List<PdfRow.TextLine> titleLines(String text, float width) {
        return lines(
                text,
                PdfFonts.Role.SERIF,
                TITLE_PT,
                0,
                0,
                Align.CENTER,
                0,
                LEFT_PT + (TEXT_WIDTH_PT - width) / 2,
                width);
    }

    private static boolean narrowingDownwards(List<PdfRow.TextLine> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (inkedWidth(lines.get(i).glyphs(), 0)
                    > inkedWidth(lines.get(i - 1).glyphs(), 0) + 0.01f) {
                return false;
            }
        }
        return true;
    }

    static PdfFonts.Role role(int depth) {
        return switch (depth) {
            case 1 -> PdfFonts.Role.HEI;
            case 2 -> PdfFonts.Role.KAI;
            default -> PdfFonts.Role.SERIF;
        };
    }

    private List<PdfRow> paragraph(String text) {
        return keptLikeAParagraph(gridBlock(text, PdfFonts.Role.SERIF, 2, Align.JUSTIFY, 0, false));
    }

    /**
     * No orphan first line, no widowed last line; a longer paragraph may break anywhere else. Headings get the same,
     * not all their lines kept together: some reports number whole paragraphs ("1.加强组织领导。深入推进……").
     */
    private static List<PdfRow> keptLikeAParagraph(List<PdfRow> lines) {
        List<PdfRow> kept = new ArrayList<>(lines);
        if (kept.size() >= 2) {
            kept.set(0, kept.get(0).keptWithNext());
            kept.set(kept.size() - 2, kept.get(kept.size() - 2).keptWithNext());
        }
        return kept;
    }

    /**
     * Issuer and date after GB/T 9704-2012 7.3.5.2, one blank line below the text, kept on the page of the text's
     * last line.
     */
    private void closing(ExportedReport report) {
        String date = DocumentText.closingDate(report);
        if (report.issuer().isBlank() && date.isEmpty()) {
            return;
        }
        if (!rows.isEmpty()) {
            rows.set(rows.size() - 1, rows.get(rows.size() - 1).keptWithNext());
        }
        rows.add(PdfRow.BLANK.keptWithNext());
        double[] indents = DocumentText.closingIndents(report.issuer(), date);
        if (!report.issuer().isBlank()) {
            rows.addAll(gridBlock(
                    report.issuer(), PdfFonts.Role.SERIF, 0, Align.RIGHT, (float) indents[0], !date.isEmpty()));
        }
        if (!date.isEmpty()) {
            rows.addAll(gridBlock(date, PdfFonts.Role.SERIF, 0, Align.RIGHT, (float) indents[1], false));
        }
    }

    private void revisions(ExportedReport report) {
        List<PdfRow> title = gridBlock(DocumentText.REVISIONS_TITLE, PdfFonts.Role.HEI, 0, Align.CENTER, 0, true);
        rows.add(title.get(0).startingAPage());
        rows.addAll(title.subList(1, title.size()));
        rows.add(PdfRow.BLANK.keptWithNext());
        float split = LEFT_PT + TEXT_WIDTH_PT - REVISION_COLUMN_PT;
        float[] verticals = {LEFT_PT, split, LEFT_PT + TEXT_WIDTH_PT};
        tableRow(
                DocumentText.REVISIONS_SECTION_COLUMN,
                DocumentText.REVISIONS_REVISION_COLUMN,
                PdfFonts.Role.HEI,
                verticals,
                true);
        for (ExportedHeading heading : report.headings()) {
            if (heading.revision() != null) {
                tableRow(
                        heading.numberedHeading(),
                        DocumentText.revision(heading.revision()),
                        PdfFonts.Role.SERIF,
                        verticals,
                        false);
            }
        }
    }

    /** One table row over as many grid rows as its longer cell needs; the header row stays with the first row. */
    private void tableRow(String section, String revision, PdfFonts.Role role, float[] x, boolean header) {
        Align sectionAlign = header ? Align.CENTER : Align.LEFT;
        List<PdfRow.TextLine> left = lines(
                section,
                role,
                BODY_PT,
                CHAR_PITCH_PT - BODY_PT,
                0,
                sectionAlign,
                0,
                x[0] + CELL_PADDING,
                x[1] - x[0] - 2 * CELL_PADDING);
        List<PdfRow.TextLine> right = lines(
                revision,
                role,
                BODY_PT,
                CHAR_PITCH_PT - BODY_PT,
                0,
                Align.CENTER,
                0,
                x[1] + CELL_PADDING,
                x[2] - x[1] - 2 * CELL_PADDING);
        int height = Math.max(1, Math.max(left.size(), right.size()));
        for (int i = 0; i < height; i++) {
            List<PdfRow.TextLine> texts = new ArrayList<>(2);
            if (i < left.size()) {
                texts.add(left.get(i));
            }
            if (i < right.size()) {
                texts.add(right.get(i));
            }
            boolean last = i == height - 1;
            rows.add(new PdfRow(texts, new PdfRow.Rules(x, i == 0, last), !last || header, false));
        }
    }

    /** Text on the character grid of the body, 3号. */
    private List<PdfRow> gridBlock(
            String text, PdfFonts.Role role, int indentChars, Align align, float rightIndentChars, boolean keep) {
        return block(text, role, BODY_PT, CHAR_PITCH_PT - BODY_PT, indentChars, align, rightIndentChars, keep);
    }

    private List<PdfRow> block(
            String text,
            PdfFonts.Role role,
            float size,
            float spacing,
            int indentChars,
            Align align,
            float rightIndentChars,
            boolean keep) {
        List<PdfRow> block = new ArrayList<>();
        for (PdfRow.TextLine line :
                lines(text, role, size, spacing, indentChars, align, rightIndentChars, LEFT_PT, TEXT_WIDTH_PT)) {
            block.add(new PdfRow(List.of(line), null, keep, false));
        }
        return block;
    }

    /** The lines of {@code text} placed within {@code [left, left + width]}. */
    private List<PdfRow.TextLine> lines(
            String text,
            PdfFonts.Role role,
            float size,
            float spacing,
            int indentChars,
            Align align,
            float rightIndentChars,
            float left,
            float width) {
        List<PdfText.Glyph> glyphs = PdfText.shape(text, fonts, role, size);
        int[] codePoints = new int[glyphs.size()];
        float[] advances = new float[glyphs.size()];
        for (int i = 0; i < codePoints.length; i++) {
            codePoints[i] = glyphs.get(i).original();
            advances[i] = glyphs.get(i).width() + spacing;
        }
        float indent = indentChars * CHAR_PITCH_PT;
        float available = width - rightIndentChars * CHAR_PITCH_PT;
        List<int[]> ranges = LineBreaker.lines(codePoints, advances, available - indent, available);
        List<PdfRow.TextLine> lines = new ArrayList<>(ranges.size());
        for (int k = 0; k < ranges.size(); k++) {
            List<PdfText.Glyph> line = glyphs.subList(ranges.get(k)[0], ranges.get(k)[1]);
            float start = k == 0 ? indent : 0;
            float room = available - start;
            float inked = inkedWidth(line, spacing);
            boolean lastLine = k == ranges.size() - 1;
            float x =
                    switch (align) {
                        case JUSTIFY, LEFT -> left + start;
                        case CENTER -> left + (available - inked) / 2;
                        case RIGHT -> left + available - inked;
                    };
            float lineSpacing = spacing;
            if (align == Align.JUSTIFY && !lastLine && line.size() > 1) {
                float extra = (room - inked) / (line.size() - 1);
                // A line cut short before a long Latin word stays ragged rather than gappy.
                if (extra > 0 && extra < CHAR_PITCH_PT / 2) {
                    lineSpacing += extra;
                }
            }
            lines.add(new PdfRow.TextLine(x, size, lineSpacing, line));
        }
        return lines;
    }

    /** Width from the first glyph's left edge to the last glyph's right edge. */
    private static float inkedWidth(List<PdfText.Glyph> line, float spacing) {
        float width = 0;
        for (PdfText.Glyph g : line) {
            width += g.width() + spacing;
        }
        return line.isEmpty() ? 0 : width - spacing;
    }
}
