package com.reportflow.checks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Something in the report a reviewer should look at.
 *
 * @param sectionId the section it is in; null when it concerns the report as a whole (a missing part)
 * @param place where a reader finds it: the numbered heading path and the paragraph, e.g. "一、（二） 第3段"; empty for
 *     the report as a whole
 * @param paragraph 1-based paragraph of the section's body; 0 for the heading, the section or the report
 * @param excerpt the offending text with a little context, at most {@value Excerpt#MAX_LENGTH} characters
 * @param messageKey the translation key of the message, one per kind
 * @param args the message's arguments; a string that is itself a translation key (a part's name) is translated
 * @param suggestion what to write instead of the offending text, when the check knows it; "" otherwise (the message
 *     then says what to do)
 * @param key what a dismissal is keyed on: SHA-256 of the kind, the whole text the finding is in (whitespace
 *     normalised) and the excerpt, so that editing the paragraph brings the finding back
 */
public record Finding(
        Kind kind,
        Long sectionId,
        String place,
        int paragraph,
        String excerpt,
        String messageKey,
        List<Object> args,
        String suggestion,
        String key) {

    public enum Kind {
        MISSING_PART("checks.missing-part"),
        PART_OUT_OF_ORDER("checks.part-out-of-order"),
        EMPTY_PART("checks.empty-part"),
        WRONG_DATE("checks.wrong-date"),
        IMPOSSIBLE_DATE("checks.impossible-date"),
        DATE_AFTER_CLOSING("checks.date-after-closing"),
        HALF_WIDTH_PUNCTUATION("checks.half-width-punctuation"),
        UNBALANCED_MARK("checks.unbalanced-mark"),
        WEB_DEBRIS("checks.web-debris"),
        PINYIN_DEBRIS("checks.pinyin-debris"),
        MOJIBAKE("checks.mojibake"),
        PLACEHOLDER("checks.placeholder"),
        NUMBER_ONLY_PARAGRAPH("checks.number-only-paragraph"),
        REFERENCE_LABEL("checks.reference-label"),
        STRAY_SYMBOL("checks.stray-symbol"),
        TYPED_NUMBER_IN_BODY("checks.typed-number-in-body"),
        TYPED_NUMBER_IN_HEADING("checks.typed-number-in-heading"),
        EMPTY_SECTION("checks.empty-section");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
        suggestion = suggestion == null ? "" : suggestion;
        Objects.requireNonNull(key, "key");
    }

    static Finding of(Kind kind, Long sectionId, String place, int paragraph, String excerpt, List<Object> args) {
        return of(kind, sectionId, place, paragraph, excerpt, args, "", excerpt + args);
    }

    static Finding of(
            Kind kind,
            Long sectionId,
            String place,
            int paragraph,
            String excerpt,
            List<Object> args,
            String suggestion,
            String foundIn) {
        return new Finding(
                kind,
                sectionId,
                place,
                paragraph,
                excerpt,
                kind.messageKey(),
                args,
                suggestion,
                key(kind, foundIn, excerpt));
    }

    private static String key(Kind kind, String foundIn, String excerpt) {
        String normalised = foundIn.replaceAll("[\\s\u3000]+", " ").strip();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((kind.name() + "\n" + normalised + "\n" + excerpt).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
