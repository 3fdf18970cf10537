package com.reportflow.shared;

/**
 * Rules for the free text people type: line endings normalised, control characters refused, a length limit.
 * Markup is not stripped: it is stored as typed and always rendered as text.
 */
public final class TextInput {

    private TextInput() {}

    /** Normalises and checks text that may be empty; returns the text to store. */
    public static String optional(String text, int maxLength, String field) {
        String normalised = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        // Measured in UTF-16 units, as H2 measures VARCHAR: a character outside the BMP (𠮷, 😀) counts twice,
        // so that no database refuses at insert what passed here.
        if (normalised.length() > maxLength) {
            throw new InvalidInputException(
                    "error.too-long", field, maxLength, normalised.length(), normalised.length() - maxLength);
        }
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            boolean allowedWhitespace = c == '\n' || c == '\t';
            if ((Character.isISOControl(c) && !allowedWhitespace)
                    || c == '\u2028'
                    || c == '\u2029'
                    || (Character.isSurrogate(c) && !isPairedSurrogate(normalised, i))) {
                throw new InvalidInputException("error.control-characters", field);
            }
        }
        return normalised;
    }

    /** As {@link #optional}, and blank text is refused. */
    public static String required(String text, int maxLength, String field) {
        String checked = optional(text, maxLength, field);
        if (checked.isBlank()) {
            throw new InvalidInputException("error.required", field);
        }
        return checked.strip();
    }

    /** A single-line value: as {@link #required}, and line breaks are refused. */
    public static String line(String text, int maxLength, String field) {
        String checked = required(text, maxLength, field);
        if (checked.indexOf('\n') >= 0 || checked.indexOf('\t') >= 0) {
            throw new InvalidInputException("error.control-characters", field);
        }
        return checked;
    }

    /** The first {@code maxCharacters} characters (code points, so 𠮷 is never split), with … when cut. */
    public static String excerpt(String text, int maxCharacters) {
        if (text.codePointCount(0, text.length()) <= maxCharacters) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxCharacters)) + "…";
    }

    private static boolean isPairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
