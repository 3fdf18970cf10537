package com.reportflow.revision;

import com.reportflow.revision.Segment.Kind;
import java.util.List;

/**
 * What changed between two versions of a text, character by character: equal runs, deletions and insertions in
 * reading order, tidied so a rewritten phrase reads as one deletion followed by one insertion. Line breaks are
 * characters too, so splitting a paragraph shows as an inserted "\n".
 */
public final class TextDiff {

    private final List<Segment> segments;

    private TextDiff(List<Segment> segments) {
        this.segments = List.copyOf(segments);
    }

    /** The difference from {@code before} to {@code after}; a null text (a section never written) counts as empty. */
    public static TextDiff between(String before, String after) {
        return between(before, after, Aligner.EDIT_BUDGET);
    }

    /** With a smaller budget, tests reach the coarser alignments without texts of tens of thousands of characters. */
    static TextDiff between(String before, String after, int editBudget) {
        int[] a = codePoints(before);
        int[] b = codePoints(after);
        return new TextDiff(SemanticCleanup.tidy(new Aligner(a, b, editBudget).align()));
    }

    /**
     * The text in reading order. Concatenating the EQUAL and DELETED segments gives the earlier text, the EQUAL and
     * INSERTED ones the later text. No segment is empty, no two neighbours have the same kind, and where both a
     * deletion and an insertion sit between two equal runs the deletion comes first.
     */
    public List<Segment> segments() {
        return segments;
    }

    public boolean unchanged() {
        return segments.stream().allMatch(s -> s.kind() == Kind.EQUAL);
    }

    /** Characters (code points) the later text added. */
    public int insertedChars() {
        return count(Kind.INSERTED);
    }

    /** Characters (code points) the later text no longer has. */
    public int deletedChars() {
        return count(Kind.DELETED);
    }

    private int count(Kind kind) {
        return segments.stream()
                .filter(s -> s.kind() == kind)
                .mapToInt(Segment::length)
                .sum();
    }

    /** Code points, not chars: a character outside the BMP (𠮷, 😀) must never be split into half surrogates. */
    private static int[] codePoints(String text) {
        return text == null ? new int[0] : text.codePoints().toArray();
    }

    @Override
    public String toString() {
        return segments.toString();
    }
}
