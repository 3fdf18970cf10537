package com.reportflow.bench;

import com.reportflow.revision.TextDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * TextDiff on two 20,000-character texts, the section size limit, built from the sample reports: similar texts with
 * about 5% of the characters edited, the same text with paragraphs moved, and two completely different texts (the
 * same characters shuffled, so no phrase is shared but common characters abound, the worst case for Myers).
 */
public final class DiffBenchmark {

    private static final Path SAMPLES = Path.of("..", "shared", "samples");
    private static final int LENGTH = 20_000;
    private static final int WARM_UP = 5;
    private static final int RUNS = 21;

    private DiffBenchmark() {}

    public static void main(String[] args) throws IOException {
        if (!Files.isDirectory(SAMPLES)) {
            System.out.println("sample reports absent, nothing measured: " + SAMPLES.toAbsolutePath());
            return;
        }
        Random random = new Random(42);
        List<String> paragraphs = paragraphs();
        String base = text(paragraphs, random);
        String edited = editFivePercent(base, paragraphs, random);
        String moved = moveParagraphs(base, random);
        String different = shuffle(base, random);

        measure("similar, ~5% of characters edited", base, edited);
        measure("same paragraphs, six moved", base, moved);
        measure("completely different", base, different);
    }

    private static void measure(String name, String before, String after) {
        Timing<TextDiff> timing = Timing.measure(WARM_UP, RUNS, () -> TextDiff.between(before, after));
        TextDiff last = timing.last();
        System.out.printf(
                "%-36s %,6d → %,6d chars: median %7.1f ms, worst %7.1f ms (%d runs); %,d segments, +%,d −%,d chars%n",
                name,
                before.codePointCount(0, before.length()),
                after.codePointCount(0, after.length()),
                timing.medianMillis(),
                timing.worstMillis(),
                RUNS,
                last.segments().size(),
                last.insertedChars(),
                last.deletedChars());
    }

    private static List<String> paragraphs() throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Files.readString(file)
                        .lines()
                        .map(String::strip)
                        .filter(l -> l.length() > 20)
                        .forEach(paragraphs::add);
            }
        }
        return paragraphs;
    }

    /** Sample paragraphs in random order, one per line, cut at LENGTH characters. */
    private static String text(List<String> paragraphs, Random random) {
        StringBuilder text = new StringBuilder();
        while (text.codePointCount(0, text.length()) < LENGTH) {
            text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append('\n');
        }
        return text.substring(0, text.offsetByCodePoints(0, LENGTH));
    }

    /** Phrases of one to eight characters inserted, deleted or replaced until 5% of the characters are touched. */
    private static String editFivePercent(String text, List<String> paragraphs, Random random) {
        List<Integer> cps = new ArrayList<>(text.codePoints().boxed().toList());
        int touched = 0;
        while (touched < LENGTH / 20) {
            int at = random.nextInt(cps.size());
            int length = 1 + random.nextInt(8);
            String source = paragraphs.get(random.nextInt(paragraphs.size()));
            int from = random.nextInt(Math.max(1, source.length() - length));
            List<Integer> phrase = source.substring(from, Math.min(source.length(), from + length))
                    .codePoints()
                    .boxed()
                    .toList();
            switch (random.nextInt(3)) {
                case 0 -> cps.addAll(at, phrase);
                case 1 -> cps.subList(at, Math.min(cps.size(), at + length)).clear();
                default -> {
                    cps.subList(at, Math.min(cps.size(), at + length)).clear();
                    cps.addAll(at, phrase);
                }
            }
            touched += length;
        }
        StringBuilder out = new StringBuilder();
        cps.forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String moveParagraphs(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (int i = 0; i < 6; i++) {
            lines.add(random.nextInt(lines.size()), lines.remove(random.nextInt(lines.size())));
        }
        return String.join("\n", lines);
    }

    private static String shuffle(String text, Random random) {
        List<Integer> cps = new ArrayList<>(text.codePoints().boxed().toList());
        Collections.shuffle(cps, random);
        StringBuilder out = new StringBuilder();
        cps.forEach(out::appendCodePoint);
        return out.toString();
    }
}
