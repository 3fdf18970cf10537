package com.reportflow.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The samples damaged the way hand editing and copying damage them — one heading's number dropped or half deleted,
 * bracket widths swapped, blank lines and debris inserted — still give the same headings at the same levels.
 *
 * <p>A number is dropped entirely only from a heading that stands on its own line: a run-in heading without its
 * number ("加强组织领导。深入推进…") reads exactly like a paragraph, so there it is half deleted instead.
 */
class PerturbedSamplesTest {

    private static final int ROUNDS = 100;

    /** A numbered heading line as the samples write it, optionally after a bookmark marker. */
    private static final Pattern HEADING = Pattern.compile("^([\\s\\u3000]*(?:\\[bookmark:[^\\]]*])?[\\s\\u3000]*)"
            + "((?<cn>[一二三四五六七八九十]+)、|(?<open>[（(])(?<bcn>[一二三四五六七八九十]+)(?<close>[）)])|(?<digits>\\d+)([.．、]))"
            + "(?<text>.*)$");

    private static final Pattern LEADING_BRACKET = Pattern.compile("^([\\s\\u3000]*)([（()）])");

    private static final List<String> DEBRIS =
            List.of("返回顶部", "[bookmark: _Toc123]", "扫一扫在手机打开当前页面", "- 3 -", "打印本页", "分享到：", "【字体：大 中 小】", "");

    private final ReportImporter importer = new ReportImporter();

    @ParameterizedTest
    @ValueSource(strings = {Samples.BAISE, Samples.WANZHOU, Samples.WUSU})
    void a_damaged_sample_yields_the_same_headings(String sample) {
        String source = Samples.text(sample);
        List<String> expected = headings(importer.parse(source));
        Set<String> leftOut = sample.equals(Samples.WANZHOU) ? Set.of("重庆市万州区教育委员会关于2024年度法治政府建设情况的报告") : Set.of();

        for (int round = 0; round < ROUNDS; round++) {
            Random random = new Random(round * 7919L + sample.hashCode());
            List<String> changes = new ArrayList<>();
            String damaged = damage(source, random, changes);

            ImportedReport report = importer.parse(damaged);

            assertThat(headings(report))
                    .as("%s round %d: %s", sample, round, changes)
                    .isEqualTo(expected);
            ImportChecks.assertEverySentenceKept(damaged, report, leftOut);
        }
    }

    private static String damage(String source, Random random, List<String> changes) {
        List<String> lines = new ArrayList<>(List.of(source.split("\n", -1)));
        List<Integer> headingLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (HEADING.matcher(lines.get(i)).matches()) {
                headingLines.add(i);
            }
        }
        int chosen = headingLines.get(random.nextInt(headingLines.size()));
        lines.set(chosen, damageNumber(lines.get(chosen), random, changes));
        for (int i = 0; i < lines.size(); i++) {
            if (random.nextInt(3) == 0) {
                lines.set(i, swapBracketWidths(lines.get(i), random));
            }
        }
        int inserts = 1 + random.nextInt(4);
        for (int k = 0; k < inserts; k++) {
            int at = random.nextInt(lines.size() + 1);
            String line = DEBRIS.get(random.nextInt(DEBRIS.size()));
            lines.add(at, line);
            changes.add("inserted \"" + line + "\" at " + at);
        }
        return String.join("\n", lines);
    }

    private static String damageNumber(String line, Random random, List<String> changes) {
        Matcher m = HEADING.matcher(line);
        if (!m.matches()) {
            throw new IllegalStateException(line);
        }
        String prefix = m.group(1);
        String text = m.group("text");
        String number;
        if (!text.contains("。") && random.nextBoolean()) {
            number = "";
        } else if (m.group("cn") != null) {
            number = "、";
        } else if (m.group("digits") != null) {
            number = ".";
        } else {
            number = switch (random.nextInt(3)) {
                case 0 -> m.group("close");
                case 1 -> m.group("open") + m.group("bcn");
                default -> m.group("bcn") + m.group("close");
            };
        }
        String damaged = prefix + number + text;
        changes.add("\"" + line.strip() + "\" -> \"" + damaged.strip() + "\"");
        return damaged;
    }

    private static String swapBracketWidths(String line, Random random) {
        Matcher m = LEADING_BRACKET.matcher(line);
        if (!m.find()) {
            return line;
        }
        StringBuilder out = new StringBuilder(line);
        for (int i = m.start(2); i < Math.min(out.length(), m.start(2) + 5); i++) {
            char swapped =
                    switch (out.charAt(i)) {
                        case '(' -> '（';
                        case '（' -> '(';
                        case ')' -> '）';
                        case '）' -> ')';
                        default -> out.charAt(i);
                    };
            if (random.nextBoolean()) {
                out.setCharAt(i, swapped);
            }
        }
        return out.toString();
    }

    /** Level and text of every heading; the numbers are what the damage changes. */
    private static List<String> headings(ImportedReport report) {
        List<String> out = new ArrayList<>();
        report.outline().forEach(h -> add(h, out));
        return out;
    }

    private static void add(ImportedHeading heading, List<String> out) {
        out.add(heading.level() + "|" + heading.heading());
        heading.children().forEach(child -> add(child, out));
    }
}
