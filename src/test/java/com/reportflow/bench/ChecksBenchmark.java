package com.reportflow.bench;

import com.reportflow.checks.CheckedSection;
import com.reportflow.checks.Finding;
import com.reportflow.checks.ReportChecks;
import com.reportflow.checks.SampleReports;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * ReportChecks.run on the largest sample report (wanzhou, about 5,700 characters) as published, and on the same
 * outline ten times over (about 57,000 characters, a long report).
 */
public final class ChecksBenchmark {

    private static final String LARGEST = "wanzhou-education-2024";
    private static final int WARM_UP = 1000;
    private static final int RUNS = 201;

    private ChecksBenchmark() {}

    public static void main(String[] args) {
        if (!Files.isDirectory(SampleReports.SAMPLES)) {
            System.out.println("sample reports absent, nothing measured: " + SampleReports.SAMPLES.toAbsolutePath());
            return;
        }
        List<CheckedSection> outline = SampleReports.outline(LARGEST);
        measure(LARGEST, outline);
        measure(LARGEST + " ×10", repeated(outline, 10));
    }

    private static void measure(String name, List<CheckedSection> outline) {
        Timing<List<Finding>> timing = Timing.measure(WARM_UP, RUNS, () -> ReportChecks.run(outline));
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
