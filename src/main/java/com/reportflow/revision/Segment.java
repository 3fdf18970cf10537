package com.reportflow.revision;

import java.util.Objects;

/** A run of text that both versions share, that only the later version has, or that only the earlier one had. */
public record Segment(Kind kind, String text) {

    public enum Kind {
        EQUAL,
        INSERTED,
        DELETED
    }

    public Segment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** Length in characters as a reader counts them: 𠮷 is one character, not two UTF-16 units. */
    public int length() {
        return text.codePointCount(0, text.length());
    }
}
