package com.reportflow.importing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The coordinator's corrections to what the importer read, each returning a new report: a body line turned into a
 * heading or back, a heading's level or words changed, the opening text rewritten. The report is edited as the flat
 * sequence it was read from — headings with their level, and paragraphs — and nested again, so that a heading's
 * paragraphs and sub-headings follow it wherever it moves.
 */
final class OutlineEdits {

    private sealed interface Entry permits Head, Text {}

    private record Head(int level, String number, String heading) implements Entry {}

    private record Text(String text) implements Entry {}

    private OutlineEdits() {}

    /**
     * The paragraph {@code paragraph} under {@code under} (or of the opening text when {@code under} is null) becomes
     * a heading one level below {@code under}: a number typed at its start stays its number, a run-in first sentence
     * is cut off as in the import, and the rest stays its body.
     */
    static ImportedReport turnIntoHeading(ImportedReport report, ImportedHeading under, int paragraph) {
        List<Entry> entries = flatten(report);
        int at = (under == null ? 0 : position(report, under) + 1) + paragraph;
        int paragraphs =
                under == null ? report.preamble().size() : under.paragraphs().size();
        if (paragraph < 0 || paragraph >= paragraphs) {
            throw new IllegalArgumentException("no paragraph " + paragraph);
        }
        String text = ((Text) entries.get(at)).text();
        HeadingNumber number = HeadingNumber.read(text).orElse(null);
        OutlineReader.RunIn cut = OutlineReader.RunIn.cut(number == null ? text : number.rest());
        int level = under == null ? 1 : Math.min(4, under.level() + 1);
        entries.set(at, new Head(level, number == null ? "" : number.typed(), cut.heading()));
        if (!cut.body().isEmpty()) {
            entries.add(at + 1, new Text(cut.body()));
        }
        return rebuild(report, entries);
    }

    /**
     * The heading becomes a paragraph of the heading before it, its number and words as typed; its own paragraphs
     * follow it there, and its sub-headings move up under that heading.
     */
    static ImportedReport turnIntoBody(ImportedReport report, ImportedHeading heading) {
        List<Entry> entries = flatten(report);
        int at = position(report, heading);
        Head head = (Head) entries.get(at);
        entries.set(at, new Text(head.number() + head.heading()));
        return rebuild(report, entries);
    }

    /** The heading and everything under it move to {@code level}; see {@link #levels} for the levels it can take. */
    static ImportedReport changeLevel(ImportedReport report, ImportedHeading heading, int level) {
        if (!levels(report, heading).contains(level)) {
            throw new IllegalArgumentException("level " + level);
        }
        List<Entry> entries = flatten(report);
        int at = position(report, heading);
        int delta = level - heading.level();
        for (int i = at; i < entries.size(); i++) {
            if (entries.get(i) instanceof Head h) {
                if (i > at && h.level() <= heading.level()) {
                    break;
                }
                entries.set(i, new Head(Math.clamp(h.level() + delta, 1, 4), h.number(), h.heading()));
            }
        }
        return rebuild(report, entries);
    }

    /** The levels the heading can take: 1 up to one below the heading before it, at most 4. */
    static List<Integer> levels(ImportedReport report, ImportedHeading heading) {
        List<Entry> entries = flatten(report);
        int at = position(report, heading);
        int deepest = 1;
        for (int i = at - 1; i >= 0; i--) {
            if (entries.get(i) instanceof Head h) {
                deepest = Math.min(4, h.level() + 1);
                break;
            }
        }
        List<Integer> levels = new ArrayList<>();
        for (int level = 1; level <= deepest; level++) {
            levels.add(level);
        }
        return levels;
    }

    static ImportedReport rename(ImportedReport report, ImportedHeading heading, String words) {
        List<Entry> entries = flatten(report);
        int at = position(report, heading);
        Head head = (Head) entries.get(at);
        entries.set(at, new Head(head.level(), head.number(), words));
        return rebuild(report, entries);
    }

    /** The opening text, one paragraph a line; blank lines are left out. */
    static ImportedReport withOpening(ImportedReport report, String opening) {
        List<String> paragraphs =
                opening.lines().map(ImportText::trim).filter(l -> !l.isEmpty()).toList();
        List<Entry> entries = flatten(report);
        entries.subList(0, report.preamble().size()).clear();
        entries.addAll(0, paragraphs.stream().map(Text::new).toList());
        return rebuild(report, entries);
    }

    /** Every text of the report passed through {@code convert}; the numbers and the dropped debris stay as typed. */
    static ImportedReport mapTexts(ImportedReport report, UnaryOperator<String> convert) {
        List<Entry> entries = new ArrayList<>();
        for (Entry entry : flatten(report)) {
            entries.add(
                    switch (entry) {
                        case Head h -> new Head(h.level(), h.number(), convert.apply(h.heading()));
                        case Text t -> new Text(convert.apply(t.text()));
                    });
        }
        ImportedReport converted = new ImportedReport(
                convert.apply(report.title()),
                List.of(),
                List.of(),
                report.closing().stream().map(convert).toList(),
                report.dropped(),
                report.items().stream()
                        .map(r -> new NumberedItems(convert.apply(r.under()), r.first(), r.count(), r.headings()))
                        .toList());
        return rebuild(converted, entries);
    }

    private static List<Entry> flatten(ImportedReport report) {
        List<Entry> entries = new ArrayList<>();
        report.preamble().forEach(p -> entries.add(new Text(p)));
        report.outline().forEach(h -> flatten(h, entries));
        return entries;
    }

    private static void flatten(ImportedHeading heading, List<Entry> into) {
        into.add(new Head(heading.level(), heading.number(), heading.heading()));
        heading.paragraphs().forEach(p -> into.add(new Text(p)));
        heading.children().forEach(child -> flatten(child, into));
    }

    /** The heading's place among the flattened entries; the heading must be one of this report's, not an equal one. */
    private static int position(ImportedReport report, ImportedHeading heading) {
        int[] at = {report.preamble().size()};
        for (ImportedHeading top : report.outline()) {
            if (find(top, heading, at)) {
                return at[0];
            }
        }
        throw new IllegalArgumentException("not a heading of this report");
    }

    private static boolean find(ImportedHeading current, ImportedHeading wanted, int[] at) {
        if (current == wanted) {
            return true;
        }
        at[0] += 1 + current.paragraphs().size();
        for (ImportedHeading child : current.children()) {
            if (find(child, wanted, at)) {
                return true;
            }
        }
        return false;
    }

    /** Nests the entries by level; a level deeper than one below the heading before it is raised to that. */
    private static ImportedReport rebuild(ImportedReport report, List<Entry> entries) {
        List<String> preamble = new ArrayList<>();
        List<Node> outline = new ArrayList<>();
        Deque<Node> open = new ArrayDeque<>();
        for (Entry entry : entries) {
            switch (entry) {
                case Head h -> {
                    while (!open.isEmpty() && open.peek().level >= h.level()) {
                        open.pop();
                    }
                    Node node = new Node(Math.min(h.level(), open.size() + 1), h.number(), h.heading());
                    (open.isEmpty() ? outline : open.peek().children).add(node);
                    open.push(node);
                }
                case Text t -> (open.isEmpty() ? preamble : open.peek().paragraphs).add(t.text());
            }
        }
        return new ImportedReport(
                report.title(),
                preamble,
                outline.stream().map(Node::toHeading).toList(),
                report.closing(),
                report.dropped(),
                report.items());
    }

    private static final class Node {
        final int level;
        final String number;
        final String heading;
        final List<String> paragraphs = new ArrayList<>();
        final List<Node> children = new ArrayList<>();

        Node(int level, String number, String heading) {
            this.level = level;
            this.number = number;
            this.heading = heading;
        }

        ImportedHeading toHeading() {
            return new ImportedHeading(
                    level,
                    number,
                    heading,
                    paragraphs,
                    children.stream().map(Node::toHeading).toList());
        }
    }
}
