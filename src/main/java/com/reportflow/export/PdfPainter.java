package com.reportflow.export;

import static com.reportflow.export.OfficialLayout.LEFT_PT;
import static com.reportflow.export.OfficialLayout.LINE_PITCH_PT;
import static com.reportflow.export.OfficialLayout.PAGE_HEIGHT_PT;
import static com.reportflow.export.OfficialLayout.PAGE_NUMBER_GAP_PT;
import static com.reportflow.export.OfficialLayout.PAGE_WIDTH_PT;
import static com.reportflow.export.OfficialLayout.SMALL_PT;
import static com.reportflow.export.OfficialLayout.TEXT_HEIGHT_PT;
import static com.reportflow.export.OfficialLayout.TEXT_WIDTH_PT;
import static com.reportflow.export.OfficialLayout.TOP_PT;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;

/** Draws paginated rows onto A4 pages, with the page number "— n —" at the foot of each. */
final class PdfPainter {

    /**
     * Where the baseline sits in a glyph's em box: CJK faces put the ideographic em box 0.88 em above and 0.12 em
     * below the baseline. Glyphs are centred on their grid line by their em box.
     */
    private static final float ASCENT = 0.88f;

    private static final float RULE_WIDTH = 0.5f;
    private static final COSName SPAN = COSName.getPDFName("Span");

    private PdfPainter() {}

    static void paint(PDDocument doc, List<List<PdfRow>> pages, PdfFonts fonts) throws IOException {
        for (int p = 0; p < pages.size(); p++) {
            PDPage page = new PDPage(new PDRectangle(PAGE_WIDTH_PT, PAGE_HEIGHT_PT));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                List<PdfRow> rows = pages.get(p);
                for (int r = 0; r < rows.size(); r++) {
                    float top = PAGE_HEIGHT_PT - TOP_PT - r * LINE_PITCH_PT;
                    row(cs, rows.get(r), top);
                }
                pageNumber(cs, p + 1, fonts);
            }
        }
    }

    private static void row(PDPageContentStream cs, PdfRow row, float top) throws IOException {
        for (PdfRow.TextLine line : row.texts()) {
            float baseline = top - (LINE_PITCH_PT - line.size()) / 2 - ASCENT * line.size();
            text(cs, line, baseline);
        }
        if (row.rules() != null) {
            rules(cs, row.rules(), top);
        }
    }

    /**
     * Draws the line in runs of one face; each replaced character on its own inside a marked-content span whose
     * /ActualText is the original character.
     */
    static void text(PDPageContentStream cs, PdfRow.TextLine line, float baseline) throws IOException {
        List<PdfText.Glyph> glyphs = line.glyphs();
        float x = line.x();
        int i = 0;
        while (i < glyphs.size()) {
            PdfText.Glyph first = glyphs.get(i);
            int end = i + 1;
            if (!first.replaced()) {
                while (end < glyphs.size()
                        && glyphs.get(end).face() == first.face()
                        && !glyphs.get(end).replaced()) {
                    end++;
                }
            }
            StringBuilder run = new StringBuilder();
            float width = 0;
            for (int g = i; g < end; g++) {
                run.appendCodePoint(glyphs.get(g).drawn());
                width += glyphs.get(g).width() + line.spacing();
            }
            if (first.replaced()) {
                COSDictionary actual = new COSDictionary();
                actual.setString(COSName.ACTUAL_TEXT, new String(Character.toChars(first.original())));
                cs.beginMarkedContent(SPAN, PDPropertyList.create(actual));
            }
            cs.beginText();
            cs.setFont(first.face().font(), line.size());
            cs.setCharacterSpacing(line.spacing());
            cs.newLineAtOffset(x, baseline);
            cs.showText(run.toString());
            cs.endText();
            if (first.replaced()) {
                cs.endMarkedContent();
            }
            x += width;
            i = end;
        }
    }

    private static void rules(PDPageContentStream cs, PdfRow.Rules rules, float top) throws IOException {
        float bottom = top - LINE_PITCH_PT;
        float[] v = rules.verticals();
        cs.setLineWidth(RULE_WIDTH);
        for (float x : v) {
            cs.moveTo(x, top);
            cs.lineTo(x, bottom);
        }
        if (rules.top()) {
            cs.moveTo(v[0], top);
            cs.lineTo(v[v.length - 1], top);
        }
        if (rules.bottom()) {
            cs.moveTo(v[0], bottom);
            cs.lineTo(v[v.length - 1], bottom);
        }
        cs.stroke();
    }

    /**
     * "— n —" in 4号, its top 7 mm below the text block; odd pages on the right and even pages on the left, one
     * character in from the edge of the text block.
     */
    private static void pageNumber(PDPageContentStream cs, int page, PdfFonts fonts) throws IOException {
        List<PdfText.Glyph> glyphs = PdfText.shape(DocumentText.pageNumber(page), fonts, PdfFonts.Role.SERIF, SMALL_PT);
        float width = 0;
        for (PdfText.Glyph g : glyphs) {
            width += g.width();
        }
        float x = page % 2 == 1 ? LEFT_PT + TEXT_WIDTH_PT - SMALL_PT - width : LEFT_PT + SMALL_PT;
        float blockBottom = PAGE_HEIGHT_PT - TOP_PT - TEXT_HEIGHT_PT;
        float baseline = blockBottom - PAGE_NUMBER_GAP_PT - ASCENT * SMALL_PT;
        text(cs, new PdfRow.TextLine(x, SMALL_PT, 0, glyphs), baseline);
    }
}
