package com.reportflow.checks;

import com.ibm.icu.text.Transliterator;

/**
 * Reports come from traditional-character sites too: the checks that look for words (a part's name, a placeholder)
 * read the text in simplified characters, converted by ICU's maintained tables. Only short texts go through it.
 */
final class Scripts {

    /** ICU transliterators are not documented as thread-safe: one per thread. */
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    private Scripts() {}

    static String simplified(String text) {
        return text.isEmpty() ? text : TO_SIMPLIFIED.get().transliterate(text);
    }
}
