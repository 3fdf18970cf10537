package com.reportflow.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * A non-blank, non-debris line of the source, trimmed and without inline markers or converter pinyin readings.
 *
 * @param index the line's index in the source, counted from 0
 * @param text the line's text
 * @param blankBefore whether a blank line separated it from the previous kept line (debris in between is
 *     transparent, so a "返回顶部" inside a paragraph does not split it)
 * @param number the heading number it starts with, or null
 */
record SourceLine(int index, String text, boolean blankBefore, HeadingNumber number) {

    boolean numbered() {
        return number != null;
    }

    SourceLine withNumber(HeadingNumber resolved) {
        return new SourceLine(index, text, blankBefore, resolved);
    }

    /** What was left out of the source, with the index of the line it was on. */
    record Dropped(int index, String text) {}

    /** The kept lines of the text; debris lines, inline markers and pinyin readings go to {@code dropped}. */
    static List<SourceLine> read(String text, List<Dropped> dropped) {
        List<SourceLine> lines = new ArrayList<>();
        boolean blank = false;
        String[] raws = text.split("\\r\\n|\\r|\\n", -1);
        for (int index = 0; index < raws.length; index++) {
            String raw = raws[index];
            if (WebDebris.isDebris(raw)) {
                dropped.add(new Dropped(index, ImportText.trim(raw)));
                continue;
            }
            for (String marker : WebDebris.inlineMarkers(raw)) {
                dropped.add(new Dropped(index, marker));
            }
            String unmarked = WebDebris.stripInlineMarkers(raw);
            // A converter's pinyin reading is never official text; dropped before headings are read.
            for (PinyinDebris.Match reading : PinyinDebris.find(unmarked)) {
                dropped.add(new Dropped(index, reading.text()));
            }
            String line = ImportText.trim(PinyinDebris.strip(unmarked));
            if (line.isEmpty()) {
                blank = true;
                continue;
            }
            lines.add(
                    new SourceLine(index, line, blank, HeadingNumber.read(line).orElse(null)));
            blank = false;
        }
        return lines;
    }
}
