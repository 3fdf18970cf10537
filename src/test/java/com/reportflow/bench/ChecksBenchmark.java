package com.reportflow.bench;

import com.reportflow.checks.CheckedSection;
import com.reportflow.checks.Finding;
import com.reportflow.checks.ReportChecks;
import com.reportflow.checks.SampleReports;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * ReportChecks.run on the largest sample report (wanzhou, about 5,700 characters) as published, and on the same
 * outline ten times over (about 57,000 characters, a long report), and on a 30,000-character report made of the three
 * samples, with a closing date; then prints each sample's findings by kind.
 */
public final class ChecksBenchmark {

    private static final String LARGEST = "wanzhou-education-2024";
    private static final int WARM_UP = 50;
    private static final int RUNS = 51;

    private ChecksBenchmark() {}

    public static void main(String[] args) {
        if (!Files.isDirectory(SampleReports.SAMPLES)) {
            System.out.println("sample reports absent, nothing measured: " + SampleReports.SAMPLES.toAbsolutePath());
            return;
        }
        List<CheckedSection> outline = SampleReports.outline(LARGEST);
        measure(LARGEST, outline);
        measure(LARGEST + " ×10", repeated(outline, 10));
        List<CheckedSection> thirtyThousand = upTo(30_000);
        measure("all three samples, 30,000 chars", thirtyThousand);
        for (String sample : SAMPLES) {
            System.out.println(sample + ": " + byKind(ReportChecks.run(SampleReports.outline(sample))));
        }
    }

    private static final List<String> SAMPLES =
            List.of("baise-education-2024", "wanzhou-education-2024", "wusu-education-2023");

    /** The three samples one after another, over and over, until the text is {@code characters} long. */
    private static List<CheckedSection> upTo(int characters) {
        List<CheckedSection> sections = new ArrayList<>();
        int length = 0;
        while (length < characters) {
            for (String sample : SAMPLES) {
                for (CheckedSection s : SampleReports.outline(sample)) {
                    if (length >= characters) {
                        return sections;
                    }
                    String body = s.body().substring(0, Math.min(s.body().length(), characters - length));
                    sections.add(new CheckedSection(
                            sections.size() + 1L, s.depth(), s.number(), s.heading(), s.drafted(), body));
                    length += s.heading().length() + body.length();
                }
            }
        }
        return sections;
    }

    private static Map<Finding.Kind, Long> byKind(List<Finding> findings) {
        return findings.stream()
                .collect(Collectors.groupingBy(
                        Finding::kind, () -> new EnumMap<>(Finding.Kind.class), Collectors.counting()));
    }

    private static void measure(String name, List<CheckedSection> outline) {
        Timing<List<Finding>> timing =
                Timing.measure(WARM_UP, RUNS, () -> ReportChecks.run(outline, LocalDate.of(2025, 1, 20)));
        int characters = outline.stream()
                .mapToInt(s -> s.heading().length() + s.body().length())
                .sum();
        System.out.printf(
                "%-28s %3d sections, %,7d chars: median %6.2f ms, worst %6.2f ms (%d runs); %d findings%n",
                name,
                outline.size(),
                characters,
                timing.medianMillis(),
                timing.worstMillis(),
                RUNS,
                timing.last().size());
    }

    private static List<CheckedSection> repeated(List<CheckedSection> outline, int times) {
        List<CheckedSection> sections = new ArrayList<>();
        for (int t = 0; t < times; t++) {
            for (CheckedSection s : outline) {
                sections.add(new CheckedSection(
                        sections.size() + 1L, s.depth(), s.number(), s.heading(), s.drafted(), s.body()));
            }
        }
        return sections;
    }
}
