package com.reportflow.export;

/**
 * The page of GB/T 9704-2012 《党政机关公文格式》 in the units each format needs: A4, text block 156 mm × 225 mm
 * placed 37 mm from the top and 28 mm from the left, 22 lines of 28 characters, and the type sizes of the title,
 * the body and the page number. DOCX counts in twips (1/1440 inch), PDF in points (1/72 inch).
 */
final class OfficialLayout {

    static final double PAGE_WIDTH_MM = 210;
    static final double PAGE_HEIGHT_MM = 297;
    static final double TOP_MM = 37;
    static final double LEFT_MM = 28;
    static final double TEXT_WIDTH_MM = 156;
    static final double TEXT_HEIGHT_MM = 225;
    static final double RIGHT_MM = PAGE_WIDTH_MM - LEFT_MM - TEXT_WIDTH_MM;
    static final double BOTTOM_MM = PAGE_HEIGHT_MM - TOP_MM - TEXT_HEIGHT_MM;
    /** The page number's top edge sits 7 mm below the text block (一字线上距版心下边缘 7 mm). */
    static final double PAGE_NUMBER_GAP_MM = 7;

    static final int LINES_PER_PAGE = 22;
    static final int CHARS_PER_LINE = 28;

    /** 2号: the title. */
    static final float TITLE_PT = 22;
    /** 3号: body text and headings. */
    static final float BODY_PT = 16;
    /** 4号: page numbers. */
    static final float SMALL_PT = 14;

    static final int PAGE_WIDTH_TWIPS = twips(PAGE_WIDTH_MM);
    static final int PAGE_HEIGHT_TWIPS = twips(PAGE_HEIGHT_MM);
    static final int TOP_TWIPS = twips(TOP_MM);
    static final int LEFT_TWIPS = twips(LEFT_MM);
    static final int RIGHT_TWIPS = twips(RIGHT_MM);
    static final int BOTTOM_TWIPS = twips(BOTTOM_MM);
    static final int TEXT_WIDTH_TWIPS = PAGE_WIDTH_TWIPS - LEFT_TWIPS - RIGHT_TWIPS;
    static final int TEXT_HEIGHT_TWIPS = PAGE_HEIGHT_TWIPS - TOP_TWIPS - BOTTOM_TWIPS;

    /** Height of one grid line, rounded down so that 22 lines fit the text block: 579 twips, about 28.95 pt. */
    static final int LINE_PITCH_TWIPS = TEXT_HEIGHT_TWIPS / LINES_PER_PAGE;

    /**
     * Word's w:docGrid/@w:charSpace: the character pitch minus the default font size, in 1/4096 pt. 28 characters
     * across 8845 twips make a pitch of about 15.79 pt, so a 16 pt body font is drawn 0.21 pt closer: -841.
     */
    static final int CHAR_SPACE = (int) Math.round((TEXT_WIDTH_TWIPS / 20.0 / CHARS_PER_LINE - BODY_PT) * 4096);

    /** Footer distance from the bottom edge: page number (4号, about 5 mm tall) starts 7 mm below the block. */
    static final int FOOTER_TWIPS = twips(BOTTOM_MM - PAGE_NUMBER_GAP_MM) - (int) (SMALL_PT * 20);

    static final float PAGE_WIDTH_PT = points(PAGE_WIDTH_MM);
    static final float PAGE_HEIGHT_PT = points(PAGE_HEIGHT_MM);
    static final float LEFT_PT = points(LEFT_MM);
    static final float TOP_PT = points(TOP_MM);
    static final float TEXT_WIDTH_PT = points(TEXT_WIDTH_MM);
    static final float TEXT_HEIGHT_PT = points(TEXT_HEIGHT_MM);
    static final float LINE_PITCH_PT = TEXT_HEIGHT_PT / LINES_PER_PAGE;
    static final float CHAR_PITCH_PT = TEXT_WIDTH_PT / CHARS_PER_LINE;
    static final float PAGE_NUMBER_GAP_PT = points(PAGE_NUMBER_GAP_MM);

    private OfficialLayout() {}

    static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    static float points(double mm) {
        return (float) (mm * 72 / 25.4);
    }
}
