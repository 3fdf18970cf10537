package com.reportflow.revision;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MeyersDiff;
import com.reportflow.revision.Segment.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Aligns two texts given as code points into raw segments (not yet tidied). The common start and end are taken off
 * first; the rest is aligned character by character with Myers' algorithm from java-diff-utils. When that would
 * cost too much, the texts are aligned by sentences instead and each changed run of sentences by characters again.
 */
final class Aligner {

    /**
     * Myers' algorithm costs time and memory quadratic in the number of edits: two unrelated 20,000-character
     * sections (about 30,000 edits) take many seconds and gigabytes. Beyond this many edits a character alignment is
     * given up for the coarser one; measured in DiffBenchmark, reaching the budget costs well under 100 ms.
     */
    static final int EDIT_BUDGET = 2000;

    private static final Comparator<Change> IN_READING_ORDER =
            Comparator.<Change>comparingInt(c -> c.startOriginal).thenComparingInt(c -> c.startRevised);

    private final int[] a;
    private final int[] b;
    private final int budget;
    private final List<Segment> out = new ArrayList<>();

    Aligner(int[] a, int[] b, int budget) {
        this.a = a;
        this.b = b;
        this.budget = budget;
    }

    List<Segment> align() {
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix] == b[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix
                && suffix < b.length - prefix
                && a[a.length - 1 - suffix] == b[b.length - 1 - suffix]) {
            suffix++;
        }
        int aEnd = a.length - suffix;
        int bEnd = b.length - suffix;
        emit(Kind.EQUAL, a, 0, prefix);
        if (!byCharacters(prefix, aEnd, prefix, bEnd)) {
            bySentences(prefix, aEnd, prefix, bEnd);
        }
        emit(Kind.EQUAL, a, aEnd, a.length);
        return out;
    }

    /** Emits the alignment of a[aFrom, aTo) with b[bFrom, bTo) and says true, or emits nothing when over budget. */
    private boolean byCharacters(int aFrom, int aTo, int bFrom, int bTo) {
        if (aFrom == aTo || bFrom == bTo) {
            replace(aFrom, aTo, bFrom, bTo);
            return true;
        }
        List<Change> changes = changes(boxed(a, aFrom, aTo), boxed(b, bFrom, bTo));
        if (changes == null) {
            return false;
        }
        int at = aFrom;
        for (Change c : changes) {
            emit(Kind.EQUAL, a, at, aFrom + c.startOriginal);
            replace(aFrom + c.startOriginal, aFrom + c.endOriginal, bFrom + c.startRevised, bFrom + c.endRevised);
            at = aFrom + c.endOriginal;
        }
        emit(Kind.EQUAL, a, at, aTo);
        return true;
    }

    /**
     * Unchanged sentences anchor the alignment; each changed run between them is aligned by characters within the
     * budget, or shown as replaced as a whole. Texts without a single shared sentence are replaced as a whole: a
     * character alignment of two unrelated texts only matches scattered common characters (的, 法) and shows noise.
     */
    private void bySentences(int aFrom, int aTo, int bFrom, int bTo) {
        int[] aBounds = sentenceBounds(a, aFrom, aTo);
        int[] bBounds = sentenceBounds(b, bFrom, bTo);
        List<Change> changes = changes(sentences(a, aBounds), sentences(b, bBounds));
        int sentencesBefore = aBounds.length - 1;
        if (changes == null
                || changes.stream()
                                .mapToInt(c -> c.endOriginal - c.startOriginal)
                                .sum()
                        == sentencesBefore) {
            replace(aFrom, aTo, bFrom, bTo);
            return;
        }
        int at = aFrom;
        for (Change c : changes) {
            int regionFrom = aBounds[c.startOriginal];
            int regionTo = aBounds[c.endOriginal];
            emit(Kind.EQUAL, a, at, regionFrom);
            int bRegionFrom = bBounds[c.startRevised];
            int bRegionTo = bBounds[c.endRevised];
            if (!byCharacters(regionFrom, regionTo, bRegionFrom, bRegionTo)) {
                replace(regionFrom, regionTo, bRegionFrom, bRegionTo);
            }
            at = regionTo;
        }
        emit(Kind.EQUAL, a, at, aTo);
    }

    /** Myers' changes in reading order, or null when the texts need more edits than the budget allows. */
    private <T> List<Change> changes(List<T> before, List<T> after) {
        if (Math.abs(before.size() - after.size()) > budget) {
            return null;
        }
        try {
            List<Change> changes = new ArrayList<>(new MeyersDiff<T>().computeDiff(before, after, new Budget(budget)));
            changes.sort(IN_READING_ORDER);
            return changes;
        } catch (OverBudget e) {
            return null;
        }
    }

    private void replace(int aFrom, int aTo, int bFrom, int bTo) {
        emit(Kind.DELETED, a, aFrom, aTo);
        emit(Kind.INSERTED, b, bFrom, bTo);
    }

    private void emit(Kind kind, int[] text, int from, int to) {
        if (from < to) {
            out.add(new Segment(kind, new String(text, from, to - from)));
        }
    }

    private static List<Integer> boxed(int[] text, int from, int to) {
        List<Integer> list = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            list.add(text[i]);
        }
        return list;
    }

    /** Start of each sentence and the end of the last: a sentence ends after 。！？；!?; or a line break. */
    private static int[] sentenceBounds(int[] text, int from, int to) {
        List<Integer> bounds = new ArrayList<>();
        bounds.add(from);
        for (int i = from; i < to - 1; i++) {
            if (endsSentence(text[i])) {
                bounds.add(i + 1);
            }
        }
        bounds.add(to);
        return bounds.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean endsSentence(int c) {
        return c == '\n' || c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';';
    }

    private static List<String> sentences(int[] text, int[] bounds) {
        List<String> sentences = new ArrayList<>(bounds.length - 1);
        for (int i = 0; i + 1 < bounds.length; i++) {
            sentences.add(new String(text, bounds[i], bounds[i + 1] - bounds[i]));
        }
        return sentences;
    }

    /**
     * Stops Myers' search once it explores more edits than the budget. The library's progress listener, called once
     * per edit distance, is the only hook it offers to stop a search; throwing from it leaves no state behind.
     */
    private record Budget(int edits) implements DiffAlgorithmListener {

        @Override
        public void diffStart() {}

        @Override
        public void diffStep(int value, int max) {
            if (value > edits) {
                throw new OverBudget();
            }
        }

        @Override
        public void diffEnd() {}
    }

    private static final class OverBudget extends RuntimeException {

        OverBudget() {
            super("edit budget exceeded", null, false, false);
        }
    }
}
