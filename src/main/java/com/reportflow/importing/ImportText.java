package com.reportflow.importing;

import java.util.ArrayList;
import java.util.List;

/** Small text helpers shared by the import: whitespace as pasted Chinese text has it, and sentence splitting. */
final class ImportText {

    /** Where a sentence ends; a closing quote or bracket right after still belongs to it. */
    static final String SENTENCE_ENDS = "。！？；";

    private static final String CLOSERS = "”’」』）)》〉】";

    private ImportText() {}

    /** Whitespace including the full-width space (U+3000), no-break space, BOM and zero-width space. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static String removeWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The text cut after each 。！？；, each piece trimmed; blank pieces are left out. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                int end = i + 1;
                while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                add(out, text.substring(start, end));
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        add(out, text.substring(start));
        return out;
    }

    private static void add(List<String> out, String piece) {
        String trimmed = trim(piece);
        if (!trimmed.isEmpty()) {
            out.add(trimmed);
        }
    }

    /** The number of characters a reader counts: code points, so a rare character outside the BMP counts once. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
