package com.reportflow.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reading an exported PDF back: text by page, and every text line with the positions of its glyphs. */
final class PdfReading {

    /** One extracted line: its text and its glyphs' positions (PDFBox's text space: y grows downwards). */
    record Line(String text, List<TextPosition> glyphs) {

        float left() {
            return glyphs.get(0).getXDirAdj();
        }

        float right() {
            TextPosition last = glyphs.get(glyphs.size() - 1);
            return last.getXDirAdj() + last.getWidthDirAdj();
        }

        float fontSize() {
            return glyphs.get(0).getFontSizeInPt();
        }

        String fontName() {
            return glyphs.get(0).getFont().getName();
        }

        boolean isPageNumber() {
            return text.strip().matches("— \\d+ —");
        }
    }

    private PdfReading() {}

    static PDDocument open(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pageText(PDDocument doc, int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of one page (1-based) in drawing order. */
    static List<Line> lines(PDDocument doc, int page) {
        List<Line> lines = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (positions.isEmpty()) {
                        return;
                    }
                    // The stripper may cut a line into words where it sees a gap: join them again by baseline.
                    Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
                    if (last != null
                            && Math.abs(last.glyphs().get(0).getYDirAdj()
                                            - positions.get(0).getYDirAdj())
                                    < 0.5f) {
                        List<TextPosition> joined = new ArrayList<>(last.glyphs());
                        joined.addAll(positions);
                        lines.set(lines.size() - 1, new Line(last.text() + text, joined));
                    } else {
                        lines.add(new Line(text, List.copyOf(positions)));
                    }
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** All pages' text without the page number lines, so that a paragraph running over a page reads on. */
    static String bodyText(PDDocument doc) {
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= doc.getNumberOfPages(); page++) {
            for (Line line : lines(doc, page)) {
                if (!line.isPageNumber()) {
                    text.append(line.text()).append('\n');
                }
            }
        }
        return text.toString();
    }
}
