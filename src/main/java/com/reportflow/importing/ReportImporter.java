package com.reportflow.importing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Reads last year's published report, as copied from its web page, into title, preamble, outline and closing. Web
 * debris is dropped and listed; every sentence of the report itself is kept, in order.
 */
public final class ReportImporter {

    /** The text as {@link ImportDecoding} returns it (or any text: line endings and odd spacing are tolerated). */
    public ImportedReport parse(String text) {
        Objects.requireNonNull(text, "text");
        List<SourceLine.Dropped> dropped = new ArrayList<>();
        List<SourceLine> lines = SourceLine.read(text, dropped);
        TitleBlock title = TitleBlock.find(lines);
        ClosingBlock closing = ClosingBlock.find(lines, title.bodyStart());
        OutlineReader.Result body = OutlineReader.read(lines.subList(title.bodyStart(), closing.start()));

        for (SourceLine repeated : title.repeated()) {
            dropped.add(new SourceLine.Dropped(repeated.index(), repeated.text()));
        }
        dropped.sort(Comparator.comparingInt(SourceLine.Dropped::index));
        ImportedReport report = build(
                title.title(),
                body.elements(),
                closing.lines(),
                dropped.stream().map(SourceLine.Dropped::text).toList(),
                body.items());
        return report.withDamage(Mojibake.find(text));
    }

    /**
     * Nests the headings by rank: a heading closes every open heading of its rank or below. The level is the depth
     * reached, so a "1." directly under "一、" becomes level 2.
     */
    private static ImportedReport build(
            String title,
            List<OutlineReader.Element> body,
            List<String> closing,
            List<String> dropped,
            List<NumberedItems> items) {
        List<String> preamble = new ArrayList<>();
        List<Node> outline = new ArrayList<>();
        Deque<Node> open = new ArrayDeque<>();
        for (OutlineReader.Element element : body) {
            switch (element) {
                case OutlineReader.Heading h -> {
                    while (!open.isEmpty() && open.peek().rank >= h.rank()) {
                        open.pop();
                    }
                    Node node = new Node(h, open.size() + 1);
                    (open.isEmpty() ? outline : open.peek().children).add(node);
                    open.push(node);
                }
                case OutlineReader.Paragraph p -> (open.isEmpty() ? preamble : open.peek().paragraphs).add(p.text());
            }
        }
        return new ImportedReport(
                title, preamble, outline.stream().map(Node::toHeading).toList(), closing, dropped, items);
    }

    private static final class Node {
        final int rank;
        final int level;
        final String number;
        final String heading;
        final List<String> paragraphs = new ArrayList<>();
        final List<Node> children = new ArrayList<>();

        Node(OutlineReader.Heading h, int level) {
            this.rank = h.rank();
            this.level = level;
            this.number = h.number();
            this.heading = h.text();
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
