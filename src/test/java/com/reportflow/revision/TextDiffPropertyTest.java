package com.reportflow.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.reportflow.revision.Segment.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Random edits of real report paragraphs, seeded so a failure repeats. */
class TextDiffPropertyTest {

    private static final Path SAMPLES = Path.of("..", "shared", "samples");
    private static final int[] ODD_CHARACTERS = {'\n', 0x20BB7, 0x1F600, 0x1F601, 'A', '，', '。'};

    private static List<String> paragraphs;

    @BeforeAll
    static void readSamples() throws IOException {
        assumeTrue(Files.isDirectory(SAMPLES), "sample reports absent: " + SAMPLES.toAbsolutePath());
        paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Files.readString(file)
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .forEach(paragraphs::add);
            }
        }
    }

    @Test
    void segments_reassemble_both_texts_for_random_edits() {
        checkRandomEdits(new Random(20250121), Aligner.EDIT_BUDGET, 400);
    }

    @Test
    void segments_reassemble_both_texts_when_alignment_falls_back_to_sentences() {
        checkRandomEdits(new Random(20240321), 12, 400);
    }

    private static void checkRandomEdits(Random random, int budget, int trials) {
        for (int trial = 0; trial < trials; trial++) {
            String before = passage(random);
            String after = edit(before, random);

            TextDiff diff = TextDiff.between(before, after, budget);

            String why = "before=" + before + "\nafter=" + after + "\nsegments=" + diff;
            List<Segment> segments = diff.segments();
            assertThat(TextDiffTest.reassemble(segments, Kind.INSERTED)).as(why).isEqualTo(before);
            assertThat(TextDiffTest.reassemble(segments, Kind.DELETED)).as(why).isEqualTo(after);
            assertThat(diff.unchanged()).as(why).isEqualTo(before.equals(after));
            assertTidy(segments, why);
            assertThat(diff.insertedChars() - diff.deletedChars())
                    .as(why)
                    .isEqualTo(after.codePointCount(0, after.length()) - before.codePointCount(0, before.length()));
        }
    }

    private static void assertTidy(List<Segment> segments, String why) {
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            assertThat(s.text()).as(why).isNotEmpty();
            assertThat(Character.isLowSurrogate(s.text().charAt(0))).as(why).isFalse();
            assertThat(Character.isHighSurrogate(s.text().charAt(s.text().length() - 1)))
                    .as(why)
                    .isFalse();
            if (i > 0) {
                Segment previous = segments.get(i - 1);
                assertThat(s.kind()).as(why).isNotEqualTo(previous.kind());
                assertThat(previous.kind() == Kind.INSERTED && s.kind() == Kind.DELETED)
                        .as("deletion comes first: " + why)
                        .isFalse();
            }
            boolean between = i > 0 && i < segments.size() - 1;
            if (s.kind() == Kind.EQUAL && between && s.length() == 1) {
                assertThat(s.text())
                        .as("only a line break stays alone between changes: " + why)
                        .isIn("\n", "\r");
            }
        }
    }

    private static String passage(Random random) {
        int from = random.nextInt(paragraphs.size());
        int count = 1 + random.nextInt(4);
        return String.join("\n", paragraphs.subList(from, Math.min(paragraphs.size(), from + count)));
    }

    /** A few insertions, deletions, replacements, paragraph splits and joins, on code points. */
    private static String edit(String text, Random random) {
        List<Integer> cps = new ArrayList<>(text.codePoints().boxed().toList());
        int edits = random.nextInt(8);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(cps.size() + 1);
            int length = 1 + random.nextInt(6);
            switch (random.nextInt(4)) {
                case 0 -> cps.addAll(at, randomText(random, length));
                case 1 -> cps.subList(at, Math.min(cps.size(), at + length)).clear();
                case 2 -> {
                    cps.subList(at, Math.min(cps.size(), at + length)).clear();
                    cps.addAll(at, randomText(random, length));
                }
                default -> cps.add(at, (int) '\n');
            }
        }
        StringBuilder out = new StringBuilder();
        cps.forEach(out::appendCodePoint);
        return out.toString();
    }

    private static List<Integer> randomText(Random random, int length) {
        List<Integer> text = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            if (random.nextInt(5) == 0) {
                text.add(ODD_CHARACTERS[random.nextInt(ODD_CHARACTERS.length)]);
            } else {
                String source = paragraphs.get(random.nextInt(paragraphs.size()));
                text.add(source.codePointAt(
                        source.offsetByCodePoints(0, random.nextInt(source.codePointCount(0, source.length())))));
            }
        }
        return text;
    }
}
