package com.reportflow.export;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** The two-column table of section revisions: section across the text block, revision in a narrow column. */
final class DocxTables {

    /** The revision column: "第12稿" and cell margins. */
    static final int REVISION_COLUMN_TWIPS = OfficialLayout.twips(36);

    static final int SECTION_COLUMN_TWIPS = OfficialLayout.TEXT_WIDTH_TWIPS - REVISION_COLUMN_TWIPS;

    /** Border width in eighths of a point. */
    private static final int RULE_EIGHTHS = 4;

    private DocxTables() {}

    static void layout(XWPFTable table) {
        CTTblPr tblPr = table.getCTTbl().getTblPr() == null
                ? table.getCTTbl().addNewTblPr()
                : table.getCTTbl().getTblPr();
        CTTblWidth width = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(OfficialLayout.TEXT_WIDTH_TWIPS));
        CTTblLayoutType layout = tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        var grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        grid.addNewGridCol().setW(BigInteger.valueOf(SECTION_COLUMN_TWIPS));
        grid.addNewGridCol().setW(BigInteger.valueOf(REVISION_COLUMN_TWIPS));
        // Half-point black rules all round; POI's default borders name no width.
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, RULE_EIGHTHS, 0, "000000");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, RULE_EIGHTHS, 0, "000000");
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, RULE_EIGHTHS, 0, "000000");
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, RULE_EIGHTHS, 0, "000000");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, RULE_EIGHTHS, 0, "000000");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, RULE_EIGHTHS, 0, "000000");
    }

    /** The header row, in 黑体, centred; repeated at the top of each page the table runs onto. */
    static void header(XWPFTableRow row, String section, String revision) {
        row.setRepeatHeader(true);
        cell(row, 0, section, DocxFonts.HEI, ParagraphAlignment.CENTER);
        cell(row, 1, revision, DocxFonts.HEI, ParagraphAlignment.CENTER);
    }

    static void row(XWPFTableRow row, String section, String revision) {
        cell(row, 0, section, DocxFonts.FANGSONG, ParagraphAlignment.LEFT);
        cell(row, 1, revision, DocxFonts.FANGSONG, ParagraphAlignment.CENTER);
    }

    private static void cell(XWPFTableRow row, int column, String text, String font, ParagraphAlignment alignment) {
        XWPFTableCell cell = row.getCell(column);
        cell.setWidth(String.valueOf(column == 0 ? SECTION_COLUMN_TWIPS : REVISION_COLUMN_TWIPS));
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(alignment);
        DocxParagraphs.run(p, text, font, OfficialLayout.BODY_PT);
    }
}
