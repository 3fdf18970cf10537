package com.reportflow.export;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

/** Paragraphs and runs with the direct formatting of the official layout, which every word processor reads alike. */
final class DocxParagraphs {

    /** Twips of one body character (3号, 16 pt) for readers that ignore the *Chars indents. */
    private static final int BODY_CHAR_TWIPS = (int) (OfficialLayout.BODY_PT * 20);

    private DocxParagraphs() {}

    /** A new paragraph; {@code firstLineChars} is the first-line indent in characters (2 for body text). */
    static XWPFParagraph add(XWPFDocument doc, ParagraphAlignment alignment, int firstLineChars) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        if (firstLineChars > 0) {
            CTInd ind = pPr(p).addNewInd();
            ind.setFirstLineChars(BigInteger.valueOf(firstLineChars * 100L));
            ind.setFirstLine(BigInteger.valueOf((long) firstLineChars * BODY_CHAR_TWIPS));
        }
        return p;
    }

    /** Marks a heading: kept with the next paragraph, and on its outline level for the navigation pane. */
    static void heading(XWPFParagraph p, int depth) {
        CTPPr pPr = pPr(p);
        pPr.addNewKeepNext();
        pPr.addNewOutlineLvl().setVal(BigInteger.valueOf(depth - 1L));
    }

    static void offCharacterGrid(XWPFParagraph p) {
        pPr(p).addNewSnapToGrid().setVal(false);
    }

    /** A right indent of {@code chars} body characters. */
    static void rightIndent(XWPFParagraph p, double chars) {
        rightIndent(p, chars, OfficialLayout.BODY_PT);
    }

    static void leftIndent(XWPFParagraph p, double chars, float charPt) {
        CTInd ind = pPr(p).isSetInd() ? pPr(p).getInd() : pPr(p).addNewInd();
        ind.setLeftChars(BigInteger.valueOf(Math.round(chars * 100)));
        ind.setLeft(BigInteger.valueOf(Math.round(chars * charPt * 20)));
    }

    static void rightIndent(XWPFParagraph p, double chars, float charPt) {
        CTInd ind = pPr(p).isSetInd() ? pPr(p).getInd() : pPr(p).addNewInd();
        ind.setRightChars(BigInteger.valueOf(Math.round(chars * 100)));
        ind.setRight(BigInteger.valueOf(Math.round(chars * charPt * 20)));
    }

    /** A run of {@code text} in {@code font} (for Chinese and Latin alike) at {@code points}. */
    static XWPFRun run(XWPFParagraph p, String text, String font, float points) {
        XWPFRun r = p.createRun();
        font(r, font, points);
        r.setText(DocumentText.printable(text));
        return r;
    }

    static void font(XWPFRun r, String font, float points) {
        CTRPr rPr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        fonts(rPr.addNewRFonts(), font);
        r.setFontSize((double) points);
    }

    /**
     * One font for every script, and the East Asian hint so that marks both scripts share (“”—…) are drawn in it.
     */
    static void fonts(CTFonts fonts, String font) {
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setEastAsia(font);
        fonts.setCs(font);
        fonts.setHint(STHint.EAST_ASIA);
    }

    private static CTPPr pPr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }
}
