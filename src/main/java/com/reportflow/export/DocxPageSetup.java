package com.reportflow.export;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The page of the official layout in a DOCX: paper, margins, the 22 × 28 document grid, the 3号 仿宋 defaults, and
 * the footers with the page number field.
 */
final class DocxPageSetup {

    /** Distance of the (empty) header from the top edge: 15 mm. */
    private static final int HEADER_TWIPS = OfficialLayout.twips(15);

    private DocxPageSetup() {}

    static void apply(XWPFDocument doc) {
        defaults(doc);
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        page(section);
        footers(doc);
    }

    /**
     * Document defaults: 3号 仿宋, Chinese, widow control, and an exact line height of one grid line so that a
     * page holds 22 lines whichever font the reader substitutes.
     */
    private static void defaults(XWPFDocument doc) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr rPr = defaults.addNewRPrDefault().addNewRPr();
        DocxParagraphs.fonts(rPr.addNewRFonts(), DocxFonts.FANGSONG);
        rPr.addNewSz().setVal(BigInteger.valueOf((long) (OfficialLayout.BODY_PT * 2)));
        rPr.addNewSzCs().setVal(BigInteger.valueOf((long) (OfficialLayout.BODY_PT * 2)));
        CTLanguage lang = rPr.addNewLang();
        lang.setVal("en-US");
        lang.setEastAsia("zh-CN");
        CTPPrGeneral pPr = defaults.addNewPPrDefault().addNewPPr();
        pPr.addNewWidowControl();
        CTSpacing spacing = pPr.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(OfficialLayout.LINE_PITCH_TWIPS));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        CTStyle normal = styles.addNewStyle();
        normal.setType(STStyleType.PARAGRAPH);
        normal.setDefault(true);
        normal.setStyleId("Normal");
        normal.addNewName().setVal("Normal");
        normal.addNewQFormat();
        // Repeated on the style: the grid's character pitch is reckoned from the default paragraph style's size.
        CTRPr normalRPr = normal.addNewRPr();
        DocxParagraphs.fonts(normalRPr.addNewRFonts(), DocxFonts.FANGSONG);
        normalRPr.addNewSz().setVal(BigInteger.valueOf((long) (OfficialLayout.BODY_PT * 2)));
        normalRPr.addNewSzCs().setVal(BigInteger.valueOf((long) (OfficialLayout.BODY_PT * 2)));
        doc.createStyles().setStyles(styles);
    }

    private static void page(CTSectPr section) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(OfficialLayout.PAGE_WIDTH_TWIPS));
        size.setH(BigInteger.valueOf(OfficialLayout.PAGE_HEIGHT_TWIPS));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(OfficialLayout.TOP_TWIPS));
        margins.setBottom(BigInteger.valueOf(OfficialLayout.BOTTOM_TWIPS));
        margins.setLeft(BigInteger.valueOf(OfficialLayout.LEFT_TWIPS));
        margins.setRight(BigInteger.valueOf(OfficialLayout.RIGHT_TWIPS));
        margins.setHeader(BigInteger.valueOf(HEADER_TWIPS));
        margins.setFooter(BigInteger.valueOf(OfficialLayout.FOOTER_TWIPS));
        margins.setGutter(BigInteger.ZERO);
        CTDocGrid grid = section.isSetDocGrid() ? section.getDocGrid() : section.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(OfficialLayout.LINE_PITCH_TWIPS));
        grid.setCharSpace(BigInteger.valueOf(OfficialLayout.CHAR_SPACE));
    }

    /** Odd pages: number on the right, one character in; even pages: on the left, one character in. */
    private static void footers(XWPFDocument doc) {
        doc.setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), true);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), false);
    }

    private static void pageNumber(XWPFFooter footer, boolean oddPage) {
        XWPFParagraph p = footer.getParagraphs().isEmpty()
                ? footer.createParagraph()
                : footer.getParagraphs().get(0);
        p.setAlignment(oddPage ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        if (oddPage) {
            DocxParagraphs.rightIndent(p, 1, OfficialLayout.SMALL_PT);
        } else {
            DocxParagraphs.leftIndent(p, 1, OfficialLayout.SMALL_PT);
        }
        CTPPr pPr = p.getCTP().getPPr();
        // The footer is off the grid: a plain single line, not the body's exact grid line.
        pPr.addNewSnapToGrid().setVal(false);
        CTSpacing spacing = pPr.addNewSpacing();
        spacing.setLine(BigInteger.valueOf(240));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        pageNumberRun(p).setText("— ");
        pageNumberRun(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instruction = pageNumberRun(p).getCTR().addNewInstrText();
        instruction.setStringValue(" PAGE ");
        instruction.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        pageNumberRun(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        pageNumberRun(p).setText("1");
        pageNumberRun(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        pageNumberRun(p).setText(" —");
    }

    private static XWPFRun pageNumberRun(XWPFParagraph p) {
        XWPFRun r = p.createRun();
        DocxParagraphs.font(r, DocxFonts.SONG, OfficialLayout.SMALL_PT);
        return r;
    }
}
