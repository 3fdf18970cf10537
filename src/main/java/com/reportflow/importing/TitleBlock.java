package com.reportflow.importing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The title at the top of the source. Web pages often show it twice — once as the page's title, once as the
 * document's own, split over an issuer line and a "关于……的报告" line — and each copy may be wrapped over two lines.
 * Each copy ends with the word that names the document (报告, 总结, 情况); the last copy is the document's own.
 *
 * @param title the title, "" when the source starts with its body
 * @param bodyStart the index of the first line after the title
 * @param repeated the lines of earlier copies of the title, left out
 */
record TitleBlock(String title, int bodyStart, List<SourceLine> repeated) {

    private static final int MAX_LINE = 40;
    private static final Pattern NOT_IN_A_TITLE = Pattern.compile(".*[。！？；：:;!?，,].*");
    private static final Pattern DOCUMENT_WORD = Pattern.compile(".*(?:报告|報告|总结|總結|情况|情況)(?:[（(][^）)]{1,20}[）)])?$");

    static TitleBlock find(List<SourceLine> lines) {
        int run = 0;
        while (run < lines.size() && isTitleLine(lines.get(run))) {
            run++;
        }
        int start = 0;
        int end = -1;
        for (int i = 0; i < run; i++) {
            if (DOCUMENT_WORD.matcher(lines.get(i).text()).matches()) {
                if (end >= 0) {
                    start = end + 1;
                }
                end = i;
            }
        }
        if (end >= 0) {
            return new TitleBlock(join(lines.subList(start, end + 1)), end + 1, List.copyOf(lines.subList(0, start)));
        }
        // No document word: short lines before the body still read as a title, unless the last of them introduces
        // the first numbered sub-heading (a level-1 heading whose number was lost).
        int titleLines = run;
        if (run < lines.size()) {
            HeadingNumber next = lines.get(run).number();
            if (next != null && next.rank() >= 2 && next.ordinal() <= 1) {
                titleLines--;
            }
        }
        if (titleLines > 0 && titleLines <= 3) {
            return new TitleBlock(join(lines.subList(0, titleLines)), titleLines, List.of());
        }
        return new TitleBlock("", 0, List.of());
    }

    private static boolean isTitleLine(SourceLine line) {
        return !line.numbered()
                && ImportText.length(line.text()) <= MAX_LINE
                && !NOT_IN_A_TITLE.matcher(line.text()).matches();
    }

    /** Wrapped lines joined as written: Chinese needs no space, Latin words and numbers on both sides do. */
    private static String join(List<SourceLine> lines) {
        StringBuilder title = new StringBuilder();
        for (SourceLine line : lines) {
            String text = line.text();
            if (!title.isEmpty() && isLatin(title.charAt(title.length() - 1)) && isLatin(text.charAt(0))) {
                title.append(' ');
            }
            title.append(text);
        }
        return title.toString();
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
