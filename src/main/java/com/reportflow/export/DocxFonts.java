package com.reportflow.export;

/**
 * Font names the DOCX asks for, as Chinese Windows and WPS name them. The document does not embed fonts: a computer
 * without one of them (小标宋 is a FounderType font many bureaus buy) substitutes its own.
 */
final class DocxFonts {

    /** 小标宋体: the title. */
    static final String TITLE = "方正小标宋简体";
    /** 仿宋 (FangSong): body text and headings of levels 3 and 4. */
    static final String FANGSONG = "仿宋";
    /** 黑体 (SimHei): level-1 headings. */
    static final String HEI = "黑体";
    /** 楷体 (KaiTi): level-2 headings and the state line under the title. */
    static final String KAI = "楷体";
    /** 宋体 (SimSun): page numbers (4号半角宋体阿拉伯数字). */
    static final String SONG = "宋体";

    private DocxFonts() {}

    /** The font of a heading at {@code depth}: 黑体, 楷体, then 仿宋. */
    static String heading(int depth) {
        return switch (depth) {
            case 1 -> HEI;
            case 2 -> KAI;
            default -> FANGSONG;
        };
    }
}
