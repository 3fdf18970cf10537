package com.reportflow.checks;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.reportflow.report.HeadingNumbers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The published sample reports parsed minimally into an outline: lines starting 一、 are level-1 headings, lines
 * starting （一） or (一) level-2 headings, everything else body; lines before the first heading (page header, title,
 * preamble) are left out. The typed number is dropped, the outline's own number put in its place. Published reports
 * often run a level-2 heading into its text ("（一）法治工作基础较弱。基层…"): the heading ends at the first 。 then.
 * The published text does not say which sections an office wrote, so a section counts as drafted when it has text.
 */
public final class SampleReports {

    public static final Path SAMPLES = Path.of("..", "shared", "samples");

    private static final Pattern LEVEL_1 = Pattern.compile("^[一二三四五六七八九十]+、");
    private static final Pattern LEVEL_2 = Pattern.compile("^[（(][一二三四五六七八九十]+[）)]");

    private SampleReports() {}

    static void assumePresent() {
        assumeTrue(Files.isDirectory(SAMPLES), "sample reports absent: " + SAMPLES.toAbsolutePath());
    }

    static String text(String name) {
        try {
            return Files.readString(SAMPLES.resolve(name + ".txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The level-1 heading texts, typed numbers dropped. */
    static List<String> levelOneHeadings(String name) {
        return text(name)
                .lines()
                .map(String::strip)
                .map(LEVEL_1::matcher)
                .filter(Matcher::lookingAt)
                .map(m -> m.replaceFirst(""))
                .toList();
    }

    public static List<CheckedSection> outline(String name) {
        List<Draft> drafts = new ArrayList<>();
        int[] counters = new int[3];
        for (String line : text(name).lines().toList()) {
            String stripped = line.strip();
            Matcher one = LEVEL_1.matcher(stripped);
            Matcher two = LEVEL_2.matcher(stripped);
            if (one.lookingAt()) {
                counters[1]++;
                counters[2] = 0;
                drafts.add(new Draft(1, HeadingNumbers.of(1, counters[1]), one.replaceFirst("")));
            } else if (two.lookingAt() && !drafts.isEmpty()) {
                counters[2]++;
                String rest = two.replaceFirst("");
                int end = rest.indexOf('。');
                boolean runsOn = end >= 0 && end < rest.length() - 1;
                Draft draft = new Draft(2, HeadingNumbers.of(2, counters[2]), runsOn ? rest.substring(0, end) : rest);
                if (runsOn) {
                    draft.body.append(rest.substring(end + 1)).append('\n');
                }
                drafts.add(draft);
            } else if (!drafts.isEmpty()) {
                drafts.getLast().body.append(line).append('\n');
            }
        }
        List<CheckedSection> sections = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            String body = d.body.toString();
            sections.add(new CheckedSection(i + 1, d.depth, d.number, d.heading, !body.isBlank(), body));
        }
        return sections;
    }

    private static final class Draft {
        final int depth;
        final String number;
        final String heading;
        final StringBuilder body = new StringBuilder();

        Draft(int depth, String number, String heading) {
            this.depth = depth;
            this.number = number;
            this.heading = heading;
        }
    }
}
