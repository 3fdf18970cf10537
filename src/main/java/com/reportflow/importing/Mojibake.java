package com.reportflow.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds runs of text decoded in the wrong encoding, so the coordinator can mend them: the import keeps every line (a
 * real sentence is never dropped for a suspicion), it only says where. Four shapes are recognised: the replacement
 * character U+FFFD, question marks standing where characters were lost ("依法??政"), UTF-8 or GBK bytes read as
 * Latin-1 ("ä¸­æ–‡", "ÖÐÎÄ"), and UTF-8 bytes read as GBK, which gives rare characters in a row ("娉曟不鏀垮簻").
 */
public final class Mojibake {

    /** What kind of damage the run shows. */
    public enum Kind {
        REPLACEMENT_CHARACTER,
        QUESTION_MARKS,
        LATIN1_READING,
        RARE_CHARACTERS
    }

    /**
     * One damaged run.
     *
     * @param line the line it is on, counted from 1 as an editor shows it
     * @param offset where the run starts in that line, counted from 0
     * @param run the damaged characters
     * @param excerpt the run with a few characters either side, to find it by eye
     */
    public record Finding(int line, int offset, String run, String excerpt, Kind kind) {}

    private static final int EXCERPT_SIDE = 12;

    private Mojibake() {}

    /** Every damaged run of the text, line by line, in order. */
    public static List<Finding> find(String text) {
        Objects.requireNonNull(text, "text");
        List<Finding> found = new ArrayList<>();
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            findInLine(lines[i], i + 1, found);
        }
        return found;
    }

    /** Whether the text has any damaged run. */
    public static boolean isPresent(String text) {
        return !find(text).isEmpty();
    }

    private static void findInLine(String line, int number, List<Finding> found) {
        int i = 0;
        while (i < line.length()) {
            int end;
            Kind kind;
            if ((end = replacementRun(line, i)) > i) {
                kind = Kind.REPLACEMENT_CHARACTER;
            } else if ((end = questionRun(line, i)) > i) {
                kind = Kind.QUESTION_MARKS;
            } else if ((end = latin1Run(line, i)) > i) {
                kind = Kind.LATIN1_READING;
            } else if ((end = RareCharacters.runAt(line, i)) > i) {
                kind = Kind.RARE_CHARACTERS;
            } else {
                i += Character.charCount(line.codePointAt(i));
                continue;
            }
            found.add(new Finding(number, i, line.substring(i, end), excerpt(line, i, end), kind));
            i = end;
        }
    }

    private static int replacementRun(String line, int at) {
        int end = at;
        while (end < line.length() && line.charAt(end) == '\uFFFD') {
            end++;
        }
        return end;
    }

    /**
     * Two or more ASCII question marks touching Chinese text, or one between two characters. A Chinese sentence asks
     * with "？"; ASCII "?" next to a character is what a save in a code page without that character leaves.
     */
    private static int questionRun(String line, int at) {
        int end = at;
        while (end < line.length() && line.charAt(end) == '?') {
            end++;
        }
        int count = end - at;
        if (count == 0) {
            return at;
        }
        boolean hanBefore = at > 0 && isHan(line.codePointBefore(at));
        boolean hanAfter = end < line.length() && isHan(line.codePointAt(end));
        boolean damaged = count >= 2 ? hanBefore || hanAfter : hanBefore && hanAfter;
        return damaged ? end : at;
    }

    /**
     * Two or more characters of the Latin-1 supplement in a row, at least one a letter with a diacritic or a C1
     * control: what multi-byte Chinese becomes when read as Latin-1 or Windows-1252. A lone "é" in a pinyin reading
     * or a name is no such run, nor are "×", "°" or "·" in figures.
     */
    private static int latin1Run(String line, int at) {
        int end = at;
        int strong = 0;
        while (end < line.length() && isLatin1Reading(line.charAt(end))) {
            char c = line.charAt(end);
            if ((c >= 0xC0 && c <= 0xFF && c != '×' && c != '÷') || (c >= 0x80 && c < 0xA0)) {
                strong++;
            }
            end++;
        }
        // GBK's two bytes both give letters ("ÖÐ"); UTF-8's three give a letter and two signs ("ä¸­"). A pinyin "é"
        // before a closing quote is neither.
        return strong >= 2 || (end - at >= 3 && strong >= 1) ? end : at;
    }

    private static boolean isLatin1Reading(char c) {
        if (c >= 0x80 && c <= 0xFF) {
            return true;
        }
        // Windows-1252 puts these where Latin-1 has C1 controls.
        return "€‚ƒ„†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".indexOf(c) >= 0;
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static String excerpt(String line, int start, int end) {
        int from = Math.max(0, start - EXCERPT_SIDE);
        int to = Math.min(line.length(), end + EXCERPT_SIDE);
        if (from > 0 && Character.isLowSurrogate(line.charAt(from))) {
            from--;
        }
        if (to < line.length() && Character.isLowSurrogate(line.charAt(to))) {
            to++;
        }
        return (from > 0 ? "…" : "") + ImportText.trim(line.substring(from, to)) + (to < line.length() ? "…" : "");
    }
}
