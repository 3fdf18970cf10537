package com.reportflow.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks that read an import result against its source text. */
final class ImportChecks {

    private ImportChecks() {}

    /**
     * The outline as lines "level number|heading", depth first, e.g. "3 1.|加强组织领导" or "2 |行政权力制约监督科学有效"
     * for a heading whose number was lost.
     */
    static List<String> outline(ImportedReport report) {
        List<String> lines = new ArrayList<>();
        report.outline().forEach(h -> addOutline(h, lines));
        return lines;
    }

    /** The same lines written as a text block, one heading a line. */
    static List<String> lines(String block) {
        return block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static void addOutline(ImportedHeading heading, List<String> lines) {
        lines.add(heading.level() + " " + heading.number() + "|" + heading.heading());
        heading.children().forEach(child -> addOutline(child, lines));
    }

    /**
     * The sentences of the source that are report text: debris lines left out, inline markers removed, each line cut
     * after 。！？；, whitespace removed.
     */
    static List<String> sourceSentences(String source) {
        List<String> sentences = new ArrayList<>();
        for (String line : source.split("\n")) {
            if (WebDebris.isDebris(line)) {
                continue;
            }
            for (String piece : WebDebris.stripInlineMarkers(line).split("(?<=[。！？；])")) {
                String sentence = ImportText.removeWhitespace(piece);
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                }
            }
        }
        return sentences;
    }

    /**
     * Every sentence of the source appears in the result, in source order: title, preamble, each heading's number,
     * text and body, closing. A sentence is looked for without its final 。！？；, which a heading drops, and without commas, colons and half-width semicolons, since a heading cut from a long
     * sentence's first clause drops the mark that ended it. The sentences named in {@code leftOut} are expected elsewhere (a repeated title the test
     * checks among the dropped lines) and are skipped.
     *
     * @return the number of sentences found
     */
    static int assertEverySentenceKept(String source, ImportedReport report, Set<String> leftOut) {
        String kept = withoutClauseMarks(ImportText.removeWhitespace(String.join("", keptTexts(report, true))));
        int from = 0;
        int found = 0;
        for (String sentence : sourceSentences(source)) {
            if (leftOut.contains(sentence)) {
                continue;
            }
            String words = withoutClauseMarks(sentence.replaceAll("[。！？；]$", ""));
            int at = kept.indexOf(words, from);
            assertThat(at).as("kept in order: %s", sentence).isGreaterThanOrEqualTo(0);
            from = at + words.length();
            found++;
        }
        return found;
    }

    private static String withoutClauseMarks(String text) {
        return text.replaceAll("[，,：:;]", "");
    }

    /** Nothing in the result was invented: each title, heading and paragraph occurs in the source as written. */
    static void assertNothingInvented(String source, ImportedReport report) {
        StringBuilder text = new StringBuilder();
        for (String line : source.split("\n")) {
            if (!WebDebris.isDebris(line)) {
                text.append(WebDebris.stripInlineMarkers(line));
            }
        }
        String compact = ImportText.removeWhitespace(text.toString());
        for (String piece : keptTexts(report, false)) {
            assertThat(compact).as("occurs in the source").contains(ImportText.removeWhitespace(piece));
        }
    }

    /** No line the result keeps reads as web debris. */
    static void assertNoDebrisKept(ImportedReport report) {
        for (String piece : keptTexts(report, false)) {
            assertThat(WebDebris.isDebris(piece)).as(piece).isFalse();
        }
    }

    private static List<String> keptTexts(ImportedReport report, boolean withNumbers) {
        List<String> texts = new ArrayList<>();
        texts.add(report.title());
        texts.addAll(report.preamble());
        report.outline().forEach(h -> addTexts(h, texts, withNumbers));
        texts.addAll(report.closing());
        texts.removeIf(String::isEmpty);
        return texts;
    }

    private static void addTexts(ImportedHeading heading, List<String> texts, boolean withNumbers) {
        if (withNumbers) {
            texts.add(heading.number());
        }
        texts.add(heading.heading());
        texts.addAll(heading.paragraphs());
        heading.children().forEach(child -> addTexts(child, texts, withNumbers));
    }
}
