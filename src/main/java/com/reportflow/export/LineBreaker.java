package com.reportflow.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph into lines of a given width the way Chinese typesetting does: anywhere between CJK characters,
 * but never before closing punctuation (，。、）” …) or after opening punctuation (（“《 …), never inside a run of
 * Latin letters and digits, and never inside a doubled dash or ellipsis (—— ……). When a line would start with a
 * forbidden character, the character before it moves down with it.
 */
final class LineBreaker {

    private static final String CLOSING = "，。、；：？！）」』”’》〉】〕〗…·,.;:?!)]}%‰℃°";
    private static final String OPENING = "（「『“‘《〈【〔〖([{";
    /** Slack for the rounding of summed advances. */
    private static final float EPSILON = 0.01f;

    private LineBreaker() {}

    /**
     * Line ranges {@code [start, end)} over the characters; {@code advances[i]} is the width character {@code i}
     * takes on a line. The first line is {@code firstWidth} wide (a first-line indent makes it narrower), the others
     * {@code width}. Spaces that would start a continuation line are dropped.
     */
    static List<int[]> lines(int[] codePoints, float[] advances, float firstWidth, float width) {
        List<int[]> lines = new ArrayList<>();
        int n = codePoints.length;
        int start = 0;
        while (start < n) {
            float limit = lines.isEmpty() ? firstWidth : width;
            float used = 0;
            int end = start;
            while (end < n && used + advances[end] <= limit + EPSILON) {
                used += advances[end];
                end++;
            }
            if (end == n) {
                lines.add(new int[] {start, n});
                break;
            }
            int cut = end;
            while (cut > start && !canBreakBefore(codePoints, cut)) {
                cut--;
            }
            if (cut == start) {
                // Nowhere allowed (a Latin word longer than the line): break where the line is full.
                cut = Math.max(end, start + 1);
            }
            lines.add(new int[] {start, cut});
            start = cut;
            while (start < n && codePoints[start] == ' ') {
                start++;
            }
        }
        return lines;
    }

    static boolean canBreakBefore(int[] codePoints, int i) {
        int before = codePoints[i - 1];
        int after = codePoints[i];
        if (isIn(CLOSING, after) || isIn(OPENING, before)) {
            return false;
        }
        if (before == after && (before == '—' || before == '…')) {
            return false;
        }
        return !(isWord(before) && isWord(after));
    }

    private static boolean isWord(int c) {
        return c < 0x7F && c > ' ';
    }

    private static boolean isIn(String set, int c) {
        return set.indexOf(c) >= 0;
    }
}
