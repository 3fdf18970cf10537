package com.reportflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** What an export must show, in order, and comparison of extracted text modulo line breaks and spaces. */
final class ExportedText {

    private ExportedText() {}

    /** Numbered headings and paragraphs in document order. */
    static List<String> blocks(ExportedReport report) {
        List<String> blocks = new ArrayList<>();
        for (ExportedHeading h : report.headings()) {
            if (!h.numberedHeading().isBlank()) {
                blocks.add(h.numberedHeading());
            }
            blocks.addAll(h.paragraphs());
        }
        return blocks;
    }

    /** The text without any kind of space or line break, which line wrapping and extraction add or drop. */
    static String squeeze(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(s::appendCodePoint);
        return s.toString();
    }

    /** Each part occurs in {@code text} after the previous one, spaces and line breaks aside. */
    static void assertInOrder(String text, List<String> parts) {
        String haystack = squeeze(text);
        int from = 0;
        for (String part : parts) {
            String needle = squeeze(part);
            int at = haystack.indexOf(needle, from);
            assertThat(at)
                    .as("«%s» after position %d of the extracted text", part, from)
                    .isGreaterThanOrEqualTo(0);
            from = at + needle.length();
        }
    }
}
