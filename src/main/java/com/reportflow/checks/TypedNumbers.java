package com.reportflow.checks;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heading numbers typed by hand at the start of a paragraph or heading: 一、 （一） (一) 1. 1、 （1）, and the remains of
 * a half-deleted one such as a lone ")" or "一）". The outline numbers headings; typed numbers go wrong. Not numbers:
 * "一是……" (text), "2024年……", "1.5亿元……".
 */
final class TypedNumbers {

    private static final String CHINESE = "[一二三四五六七八九十百]+";
    private static final String OPEN = "[（(]";
    private static final String CLOSE = "[）)]";
    private static final Pattern TYPED = Pattern.compile("^(?:"
            + String.join(
                    "|",
                    List.of(
                            CHINESE + "、",
                            OPEN + "?" + CHINESE + CLOSE,
                            "\\d{1,2}[.．](?!\\d)",
                            "\\d{1,2}、",
                            OPEN + "?\\d{1,2}" + CLOSE,
                            CLOSE))
            + ")");

    private TypedNumbers() {}

    /** The typed number a text starts with, if any. */
    static Optional<String> at(String text) {
        Matcher m = TYPED.matcher(text);
        return m.lookingAt() ? Optional.of(m.group()) : Optional.empty();
    }

    static Optional<Hit> find(String text, Finding.Kind kind) {
        return at(text).map(number -> new Hit(kind, 0, number.length(), List.of(number)));
    }
}
