package com.reportflow.revision;

import com.reportflow.revision.Segment.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes raw segments readable, in the spirit of diff-match-patch's semantic cleanup: a character that happens to
 * survive inside a rewritten phrase ("依法治校" → "依规治教" keeps 治) is folded into the change, so the phrase reads as
 * one deletion and one insertion instead of a mosaic. Line breaks are never folded: they are where paragraphs meet.
 */
final class SemanticCleanup {

    private SemanticCleanup() {}

    static List<Segment> tidy(List<Segment> raw) {
        List<Segment> merged = merge(raw);
        List<Segment> folded = new ArrayList<>(merged.size() + 8);
        for (int i = 0; i < merged.size(); i++) {
            Segment s = merged.get(i);
            boolean betweenChanges = i > 0 && i < merged.size() - 1;
            if (s.kind() == Kind.EQUAL && betweenChanges && tiny(s.text())) {
                folded.add(new Segment(Kind.DELETED, s.text()));
                folded.add(new Segment(Kind.INSERTED, s.text()));
            } else {
                folded.add(s);
            }
        }
        return merge(folded);
    }

    /** One character, and not a line break. */
    private static boolean tiny(String text) {
        return text.codePointCount(0, text.length()) == 1 && text.charAt(0) != '\n' && text.charAt(0) != '\r';
    }

    /**
     * Joins neighbouring equal runs, and turns each run of changes between two equal runs into one deletion followed
     * by one insertion (what a reader sees marked), dropping empty segments. Every equal segment not at either end
     * then stands between two changes.
     */
    private static List<Segment> merge(List<Segment> segments) {
        List<Segment> out = new ArrayList<>(segments.size());
        StringBuilder equal = new StringBuilder();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (Segment s : segments) {
            switch (s.kind()) {
                case EQUAL -> {
                    flushChanges(out, deleted, inserted);
                    equal.append(s.text());
                }
                case DELETED -> {
                    flush(out, Kind.EQUAL, equal);
                    deleted.append(s.text());
                }
                case INSERTED -> {
                    flush(out, Kind.EQUAL, equal);
                    inserted.append(s.text());
                }
            }
        }
        flushChanges(out, deleted, inserted);
        flush(out, Kind.EQUAL, equal);
        return out;
    }

    private static void flushChanges(List<Segment> out, StringBuilder deleted, StringBuilder inserted) {
        flush(out, Kind.DELETED, deleted);
        flush(out, Kind.INSERTED, inserted);
    }

    private static void flush(List<Segment> out, Kind kind, StringBuilder text) {
        if (!text.isEmpty()) {
            out.add(new Segment(kind, text.toString()));
            text.setLength(0);
        }
    }
}
