package com.reportflow.checks;

/** The offending text with a little context, short enough for a list of findings. */
final class Excerpt {

    static final int MAX_LENGTH = 40;
    private static final int CONTEXT_BEFORE = 12;

    private Excerpt() {}

    /**
     * text[start, end) (UTF-16 indices) with up to a dozen characters before it and what fits after it; counted in
     * characters, so no surrogate pair is cut.
     */
    static String around(String text, int start, int end) {
        int total = text.codePointCount(0, text.length());
        int from = text.codePointCount(0, start);
        int to = Math.min(text.codePointCount(0, end), from + MAX_LENGTH);
        int room = MAX_LENGTH - (to - from);
        int before = Math.min(from, Math.min(CONTEXT_BEFORE, room / 2));
        int after = Math.min(total - to, room - before);
        return text.substring(text.offsetByCodePoints(0, from - before), text.offsetByCodePoints(0, to + after));
    }

    /** The start of a text, for findings about a whole paragraph or heading. */
    static String start(String text) {
        return around(text, 0, 0);
    }
}
