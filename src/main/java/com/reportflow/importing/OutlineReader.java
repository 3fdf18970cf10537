package com.reportflow.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the body's lines into a flat sequence of headings (with their numbering rank) and paragraphs, repairing what
 * hand-typed numbering breaks: a lone ")" is level 2 or 4 depending on the headings before it, a heading whose
 * number was lost entirely is recognised from the numbers around it, a run-in heading ("1.加强组织领导。深入推进…")
 * is cut from its body, and a paragraph the web page wrapped over two lines is joined again. The numbered items under
 * one heading are read alike: all headings, or all body text where they are a list of single sentences.
 */
final class OutlineReader {

    /** A run-in heading longer than this is a first sentence the author forgot to end after the heading. */
    static final int MAX_HEADING = 40;

    /** An unnumbered line longer than this is never taken for a heading. */
    static final int MAX_BARE_HEADING = 32;

    private static final Pattern INSIDE_A_SENTENCE = Pattern.compile(".*[。！？；!?;：:].*|.*[，、,]$");
    private static final String ENDS_A_SENTENCE = "。！？；：:!?;…";
    private static final String CLOSERS = "”’」』）)》〉】";
    private static final String CLAUSE_ENDS = "，,；;：:。！？!?";
    private static final String TRAILING_PUNCTUATION = "。，、；：,.;:！？!?";

    /** A heading or a paragraph of the body, in source order. */
    sealed interface Element permits Heading, Paragraph {}

    /**
     * @param rank the numbering style's level, 1..4
     */
    record Heading(int rank, String number, String text) implements Element {}

    record Paragraph(String text) implements Element {}

    private final List<SourceLine> lines;
    private final List<Element> elements = new ArrayList<>();

    /**
     * The paragraph being read, still open to a wrapped continuation; null when the last element is a heading. A
     * builder, because a page may wrap a paragraph over thousands of lines.
     */
    private StringBuilder open;

    /** Per rank: the last ordinal under the current parent; 0 none yet, -1 one whose number was lost. */
    private final int[] lastOrdinal = new int[5];

    private int lastRank;

    /** For each line, the index of the next numbered line after it, -1 when none: one pass, not one per line. */
    private final int[] nextNumbered;

    /** For each rank r and line, the next numbered line after it of rank r or higher (a lower number), -1 when none. */
    private final int[][] nextAtOrAbove = new int[5][];

    /** Per line: the run of numbered items it starts, or null. */
    private final Run[] runs;

    /** Per line: whether it is a numbered item read as body text, because its run is a list rather than an outline. */
    private final boolean[] itemAsBody;

    private final List<NumberedItems> items = new ArrayList<>();

    private record Run(int count, boolean headings) {}

    /** The body read, and how each run of numbered items was read. */
    record Result(List<Element> elements, List<NumberedItems> items) {}

    private OutlineReader(List<SourceLine> body) {
        this.lines = continuedItems(resolveLoneBrackets(body, nextNumberedLines(body)));
        this.nextNumbered = nextNumberedLines(lines);
        for (int rank = 1; rank <= 4; rank++) {
            nextAtOrAbove[rank] = nextAtOrAbove(lines, rank);
        }
        this.runs = new Run[lines.size()];
        this.itemAsBody = new boolean[lines.size()];
        for (int rank = HeadingNumber.ITEM; rank <= HeadingNumber.SUB_ITEM; rank++) {
            findRuns(rank);
        }
    }

    static Result read(List<SourceLine> body) {
        OutlineReader reader = new OutlineReader(body);
        for (int i = 0; i < reader.lines.size(); i++) {
            reader.add(i);
        }
        reader.closeParagraph();
        return new Result(reader.elements, List.copyOf(reader.items));
    }

    private void add(int i) {
        SourceLine line = lines.get(i);
        if (runs[i] != null) {
            items.add(new NumberedItems(
                    parentHeading(line.number().rank()), line.number().typed(), runs[i].count(), runs[i].headings()));
        }
        if (itemAsBody[i]) {
            addParagraph(line.text(), true);
            return;
        }
        if (line.numbered()) {
            addNumbered(line.number());
            return;
        }
        int rank = bareHeadingRank(i);
        if (rank > 0) {
            addHeading(rank, -1, "", line.text());
            return;
        }
        addParagraph(line.text(), line.blankBefore());
    }

    private String parentHeading(int rank) {
        for (int e = elements.size() - 1; e >= 0; e--) {
            if (elements.get(e) instanceof Heading h && h.rank() < rank) {
                return h.text();
            }
        }
        return "";
    }

    /**
     * The items of one rank under one parent are read alike: all headings, unless every item is a single line with
     * nothing under it and at least one reads as a sentence — a list inside the text.
     */
    private void findRuns(int rank) {
        List<Integer> run = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            HeadingNumber number = lines.get(i).number();
            if (number == null) {
                continue;
            }
            if (number.rank() < rank) {
                closeRun(run);
            } else if (number.rank() == rank) {
                run.add(i);
            }
        }
        closeRun(run);
    }

    private void closeRun(List<Integer> run) {
        if (run.isEmpty()) {
            return;
        }
        boolean list = run.stream().allMatch(this::standsAlone)
                && run.stream()
                        .anyMatch(i -> readsAsSentence(lines.get(i).number().rest()));
        for (int i : run) {
            itemAsBody[i] = list;
        }
        runs[run.getFirst()] = new Run(run.size(), !list);
        run.clear();
    }

    /** A numbered line of one sentence at most, followed by the next item, a higher heading or the end. */
    private boolean standsAlone(int i) {
        String rest = lines.get(i).number().rest();
        int end = indexOfSentenceEnd(rest);
        if (end >= 0 && !ImportText.trim(rest.substring(end + 1)).chars().allMatch(c -> CLOSERS.indexOf(c) >= 0)) {
            return false;
        }
        if (i + 1 >= lines.size()) {
            return true;
        }
        HeadingNumber next = lines.get(i + 1).number();
        return next != null && next.rank() <= lines.get(i).number().rank();
    }

    private static boolean readsAsSentence(String text) {
        return endsASentence(text) || text.indexOf('，') >= 0 || text.indexOf(',') >= 0;
    }

    /**
     * A line that continues a run of items with the next number typed the same way ("2、" after "1、") is an item even
     * where its text would not make it a heading on its own ("2、2024年共办理…"), so a run is never split.
     */
    private static List<SourceLine> continuedItems(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>(lines);
        HeadingNumber[] last = new HeadingNumber[5];
        for (int i = 0; i < out.size(); i++) {
            SourceLine line = out.get(i);
            HeadingNumber number = line.number();
            if (number != null) {
                for (int r = Math.max(number.rank(), 1); r < last.length; r++) {
                    last[r] = null;
                }
                last[number.rank()] = number;
                continue;
            }
            for (int rank = HeadingNumber.ITEM; rank <= HeadingNumber.SUB_ITEM; rank++) {
                HeadingNumber next = last[rank] == null ? null : last[rank].next(line.text());
                if (next != null) {
                    out.set(i, line.withNumber(next));
                    last[rank] = next;
                    break;
                }
            }
        }
        return out;
    }

    private void addNumbered(HeadingNumber number) {
        int ordinal = number.ordinal() > 0 ? number.ordinal() : -1;
        RunIn cut = RunIn.cut(number.rest());
        addHeading(number.rank(), ordinal, number.typed(), cut.heading());
        if (!cut.body().isEmpty()) {
            addParagraph(cut.body(), true);
        }
    }

    /** A heading's text and the body the source ran into it on the same line ("" when none). */
    record RunIn(String heading, String body) {

        /**
         * Cut at the first sentence end when what comes before it is short enough for a heading; otherwise at the end
         * of the first clause, so that neither part repeats the other and nothing is cut off with an ellipsis.
         */
        static RunIn cut(String text) {
            int end = indexOfSentenceEnd(text);
            String head = stripTrailingPunctuation(end >= 0 ? text.substring(0, end) : text);
            if (!head.isEmpty() && ImportText.length(head) <= MAX_HEADING) {
                return new RunIn(head, end >= 0 ? ImportText.trim(text.substring(end + 1)) : "");
            }
            int clauseEnd = indexOfClauseEnd(text);
            return new RunIn(
                    stripTrailingPunctuation(clauseEnd >= 0 ? text.substring(0, clauseEnd) : text),
                    clauseEnd >= 0 ? ImportText.trim(text.substring(clauseEnd + 1)) : "");
        }
    }

    private void addHeading(int rank, int ordinal, String number, String text) {
        closeParagraph();
        elements.add(new Heading(rank, number, text));
        lastOrdinal[rank] = ordinal;
        for (int r = rank + 1; r < lastOrdinal.length; r++) {
            lastOrdinal[r] = 0;
        }
        lastRank = rank;
    }

    /**
     * A paragraph continues the previous one when the page wrapped it: no blank line between, and the previous one
     * stopped mid-sentence.
     */
    private void addParagraph(String text, boolean separate) {
        if (open != null && !separate && !endsASentence(open)) {
            open.append(text);
            return;
        }
        closeParagraph();
        open = new StringBuilder(text);
    }

    private void closeParagraph() {
        if (open != null) {
            elements.add(new Paragraph(open.toString()));
            open = null;
        }
    }

    /**
     * The rank of an unnumbered line that is a heading whose number was lost, or 0 when it is text. It must look like
     * a heading (short, no sentence punctuation), stand apart from the text before it, and its place must be implied
     * by the numbers around it:
     *
     * <ul>
     *   <li>the next numbered heading is a "1" or "(一)": this line is its parent ("行政权力制约监督科学有效" before
     *       "1.落实督导体系");
     *   <li>the next numbered heading continues its rank with a gap of one ("(一)" … this line … "(三)"): this line is
     *       the missing "(二)";
     *   <li>no numbered heading follows: this line is a sibling of the last heading.
     * </ul>
     *
     * A parent is refused where the numbering of its rank runs on without a gap around it ("一、" … "二、"), since then
     * nothing is missing there; so is a line right after a heading that it would leave empty.
     */
    private int bareHeadingRank(int i) {
        SourceLine line = lines.get(i);
        if (ImportText.length(line.text()) > MAX_BARE_HEADING
                || INSIDE_A_SENTENCE.matcher(line.text()).matches()
                || i + 1 >= lines.size()
                || !standsApart(line)) {
            return 0;
        }
        int rank = rankImpliedByNumbers(i);
        // Right after a heading, a line of that heading's rank or above would leave it without any text: more likely
        // the first line of its body, wrapped by the page.
        if (rank > 0
                && open == null
                && !elements.isEmpty()
                && elements.getLast() instanceof Heading previous
                && rank <= previous.rank()) {
            return 0;
        }
        return rank;
    }

    private int rankImpliedByNumbers(int i) {
        int next = nextNumbered[i];
        if (next < 0) {
            return lastRank;
        }
        int rank = lines.get(next).number().rank();
        int ordinal = ordinalAt(next);
        if (ordinal >= 2) {
            boolean missingBefore = lastOrdinal[rank] == ordinal - 2 || (lastOrdinal[rank] == 0 && ordinal == 2);
            return missingBefore ? rank : 0;
        }
        if (ordinal == 1 && rank >= 2) {
            int parent = rank - 1;
            int after = nextOrdinalAt(parent, next);
            boolean continuous = lastOrdinal[parent] > 0 && after == lastOrdinal[parent] + 1;
            return continuous ? 0 : parent;
        }
        return 0;
    }

    private boolean standsApart(SourceLine line) {
        if (line.blankBefore() || (open == null && elements.isEmpty())) {
            return true;
        }
        // Right after a heading, or after a paragraph that ended its sentence.
        return open == null || endsASentence(open);
    }

    /**
     * The ordinal of a numbered line; where its digits were lost (".落实督导体系"), one less than its next sibling's.
     * 0 when that cannot be told either.
     */
    private int ordinalAt(int j) {
        HeadingNumber number = lines.get(j).number();
        if (number.ordinal() > 0) {
            return number.ordinal();
        }
        int nextSibling = nextOrdinalAt(number.rank(), j);
        return nextSibling >= 2 ? nextSibling - 1 : 0;
    }

    /** The ordinal of the next heading of this rank before one of a higher rank closes it; 0 when there is none. */
    private int nextOrdinalAt(int rank, int from) {
        int j = nextAtOrAbove[rank][from];
        if (j < 0) {
            return 0;
        }
        HeadingNumber number = lines.get(j).number();
        return number.rank() == rank ? number.ordinal() : 0;
    }

    private static int[] nextNumberedLines(List<SourceLine> lines) {
        int[] next = new int[lines.size()];
        int following = -1;
        for (int i = lines.size() - 1; i >= 0; i--) {
            next[i] = following;
            if (lines.get(i).numbered()) {
                following = i;
            }
        }
        return next;
    }

    private static int[] nextAtOrAbove(List<SourceLine> lines, int rank) {
        int[] next = new int[lines.size()];
        int following = -1;
        for (int i = lines.size() - 1; i >= 0; i--) {
            next[i] = following;
            HeadingNumber number = lines.get(i).number();
            if (number != null && number.rank() <= rank) {
                following = i;
            }
        }
        return next;
    }

    /**
     * A lone ")" was "(二)" or "(1)". It is "(1)" only inside a run of "(1)" items: right after one, or as the first
     * item under a "1." when the next item is "(2)" or later.
     */
    private static List<SourceLine> resolveLoneBrackets(List<SourceLine> lines, int[] nextNumbered) {
        List<SourceLine> resolved = new ArrayList<>(lines);
        int previousRank = 0;
        for (int i = 0; i < resolved.size(); i++) {
            HeadingNumber number = resolved.get(i).number();
            if (number == null) {
                continue;
            }
            if (number.rank() == HeadingNumber.BRACKET) {
                HeadingNumber next =
                        nextNumbered[i] < 0 ? null : lines.get(nextNumbered[i]).number();
                boolean inItems = previousRank == 4
                        || (previousRank == 3 && next != null && next.rank() == 4 && next.ordinal() >= 2);
                number = number.withRank(inItems ? 4 : 2);
                resolved.set(i, resolved.get(i).withNumber(number));
            }
            previousRank = number.rank();
        }
        return resolved;
    }

    /** Where the first clause ends: at a comma, semicolon, colon or sentence end; -1 when the text is one clause. */
    static int indexOfClauseEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    static int indexOfSentenceEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (ImportText.SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    static boolean endsASentence(CharSequence text) {
        int end = text.length();
        while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ENDS_A_SENTENCE.indexOf(text.charAt(end - 1)) >= 0;
    }

    private static String stripTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0
                && (TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0
                        || ImportText.isSpace(text.charAt(end - 1)))) {
            end--;
        }
        return ImportText.trim(text.substring(0, end));
    }
}
