package com.reportflow.importing;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports from sites in traditional characters are read as they are (the import's rules know both scripts); the
 * coordinator may convert the result to simplified characters with ICU's maintained Traditional-Simplified table.
 */
public final class TraditionalCharacters {

    /** The text looked at to tell the script: title, headings and the first paragraphs, up to this many characters. */
    private static final int SAMPLE = 3_000;

    /** Share of CJK characters that change in simplified writing above which the text is in traditional characters. */
    private static final double SHARE = 0.05;

    private static final int MIN_CHANGED = 3;

    /** ICU transliterators are not documented as thread-safe: one per thread. */
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    private TraditionalCharacters() {}

    /**
     * Whether the report is written in traditional characters: a simplified text has a few characters ICU would
     * still change (乾, 著), a traditional one a fifth or more.
     */
    public static boolean dominate(ImportedReport report) {
        String sample = sample(report);
        String simplified = simplified(sample);
        if (simplified.length() != sample.length()) {
            return !simplified.equals(sample);
        }
        int han = 0;
        int changed = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (simplified.charAt(i) != c) {
                    changed++;
                }
            }
        }
        return changed >= MIN_CHANGED && changed >= han * SHARE;
    }

    public static ImportedReport toSimplified(ImportedReport report) {
        return OutlineEdits.mapTexts(report, TraditionalCharacters::simplified);
    }

    static String simplified(String text) {
        return text.isEmpty() ? text : TO_SIMPLIFIED.get().transliterate(text);
    }

    private static String sample(ImportedReport report) {
        List<String> texts = new ArrayList<>();
        texts.add(report.title());
        headings(report.outline(), texts);
        texts.addAll(report.preamble());
        StringBuilder sample = new StringBuilder();
        for (String text : texts) {
            sample.append(text);
        }
        for (ImportedHeading heading : report.outline()) {
            for (String paragraph : heading.paragraphs()) {
                if (sample.length() >= SAMPLE) {
                    break;
                }
                sample.append(paragraph);
            }
        }
        return sample.length() > SAMPLE ? sample.substring(0, SAMPLE) : sample.toString();
    }

    private static void headings(List<ImportedHeading> level, List<String> into) {
        for (ImportedHeading heading : level) {
            into.add(heading.heading());
            headings(heading.children(), into);
        }
    }
}
