package com.reportflow.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The published reports in ../shared/samples turned into exportable reports by a minimal parse: numbered lines are
 * headings (一、 level 1, （一） level 2, 1. level 3, （1） level 4), other lines paragraphs, web debris and short
 * fragments dropped. Tests using them are skipped where the directory is absent.
 */
public final class SampleReports {

    static final Path DIRECTORY = Path.of("..", "shared", "samples");

    private static final Pattern[] LEVELS = {
        Pattern.compile("^([一二三四五六七八九十]+、)(.*)$"),
        Pattern.compile("^([（(][一二三四五六七八九十]+[）)])(.*)$"),
        Pattern.compile("^(\\d+[.．、])(.*)$"),
        Pattern.compile("^([（(]\\d+[）)])(.*)$")
    };
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^]]*]");
    private static final List<String> DEBRIS =
            List.of("返回顶部", "扫一扫", "文件下载", "关联文件", "您当前位置", "语音播报", "我要找政策", "日期:", "|", "[ ");

    private SampleReports() {}

    static List<Path> all() {
        assumeTrue(Files.isDirectory(DIRECTORY), "sample reports absent: " + DIRECTORY.toAbsolutePath());
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ExportedReport read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String title = null;
        List<ExportedHeading> headings = new ArrayList<>();
        // Paragraphs before the first heading (the preamble) go under an unnumbered, untitled heading.
        int depth = 1;
        String number = "";
        String heading = "";
        List<String> paragraphs = new ArrayList<>();
        for (String raw : lines) {
            String line = BOOKMARK.matcher(raw).replaceAll("").strip();
            if (isDebris(line)) {
                continue;
            }
            if (title == null && line.contains("报告") && line.length() < 60) {
                title = line;
                continue;
            }
            Matcher numbered = null;
            int level = 0;
            for (int l = 0; l < LEVELS.length && numbered == null; l++) {
                Matcher m = LEVELS[l].matcher(line);
                if (m.matches() && !m.group(2).isBlank()) {
                    numbered = m;
                    level = l + 1;
                }
            }
            if (numbered != null) {
                if (!heading.isEmpty() || !paragraphs.isEmpty()) {
                    headings.add(heading(depth, number, heading, paragraphs, headings.size()));
                }
                depth = level;
                number = numbered.group(1);
                heading = numbered.group(2).strip();
                paragraphs = new ArrayList<>();
            } else if (line.length() >= 8) {
                paragraphs.add(line);
            }
        }
        headings.add(heading(depth, number, heading, paragraphs, headings.size()));
        String name = file.getFileName().toString();
        return new ExportedReport(
                title == null ? name : title,
                "某教育局",
                java.time.LocalDate.of(2025, 1, 21),
                "签发稿",
                headings,
                ExportFixtures.GENERATED_AT);
    }

    private static ExportedHeading heading(
            int depth, String number, String heading, List<String> paragraphs, int index) {
        return new ExportedHeading(depth, number, heading, paragraphs, paragraphs.isEmpty() ? null : 1 + index % 3);
    }

    private static boolean isDebris(String line) {
        return line.isEmpty() || DEBRIS.stream().anyMatch(line::contains);
    }
}
