package com.reportflow.checks;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Half-width , . ; : ? ! ( ) next to Chinese text, where the full-width ，。；：？！（） belong. Left alone: numbers
 * (1.5, 99.42%, 1,000, 10:30), the outline's own "1." style after a digit, web and mail addresses, and punctuation
 * between ASCII words.
 */
final class HalfWidthPunctuation {

    private static final String MARKS = ",.;:?!()";
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)(?:https?://|www\\.)[!-~&&[^()]]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");

    private HalfWidthPunctuation() {}

    /** One hit per paragraph: the first offending mark, with how many there are. */
    static Optional<Hit> find(String text) {
        boolean[] inAddress = new boolean[text.length()];
        Matcher address = ADDRESS.matcher(text);
        while (address.find()) {
            for (int i = address.start(); i < address.end(); i++) {
                inAddress[i] = true;
            }
        }
        int first = -1;
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (MARKS.indexOf(text.charAt(i)) >= 0 && !inAddress[i] && offends(text, i)) {
                count++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        return count == 0
                ? Optional.empty()
                : Optional.of(new Hit(Finding.Kind.HALF_WIDTH_PUNCTUATION, first, first + 1, List.of(count)));
    }

    private static boolean offends(String text, int i) {
        char mark = text.charAt(i);
        int before = i > 0 ? text.codePointBefore(i) : -1;
        int after = i + 1 < text.length() ? text.codePointAt(i + 1) : -1;
        if ((mark == '.' || mark == ',' || mark == ':') && isDigit(before) && isDigit(after)) {
            return false;
        }
        if (mark == '.' && isDigit(before)) {
            return false;
        }
        return chinese(before) || chinese(after);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** Han characters and the punctuation that only Chinese text uses around them. */
    private static boolean chinese(int c) {
        if (c < 0) {
            return false;
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F)
                || (c >= 0xFF01 && c <= 0xFF60)
                || c == '“'
                || c == '”'
                || c == '‘'
                || c == '’'
                || c == '—'
                || c == '…';
    }
}
