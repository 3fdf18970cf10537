package com.reportflow.checks;

import com.reportflow.report.ReportDocument;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates not written as official documents write them, 2024年3月21日 (Arabic numerals, no leading zeros): 2024.3.21,
 * 2024-03-21, 2024/3/21, a compact 2025121 or 20250121, 2024年03月05日, 2024年13月, a year glued to its month (20243月),
 * a day without its month (2024年3日), a two-digit year (25年7月) or a year in Chinese numerals (二〇二五年3月); and days
 * the calendar does not have (2025年2月30日). A year alone, amounts (26907人, 99.42%, 1.5亿元), spans of time (25年7个月),
 * phone numbers and document numbers (〔2024〕12号) are no dates. Where the date is clear, the hit says how to write it.
 */
final class DateFormats {

    private static final String YEAR = "(?<![0-9])(?:19|20)\\d{2}";
    private static final String CHINESE_DIGITS = "〇○零一二三四五六七八九";
    private static final String CHINESE_NUMBER = "[" + CHINESE_DIGITS + "十\\d]{1,3}";

    /** Dates written the official way, for comparing with the closing date. */
    private static final Pattern OFFICIAL = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})年(\\d{1,2})月(?:(\\d{1,2})日)?");

    /** In order of precedence: where two rules find a date at the same place, the earlier one speaks. */
    private static final List<Rule> RULES = List.of(
            new Rule(
                    Pattern.compile(
                            "(?<![0-9A-Za-z./\\-])((?:19|20)\\d{2})([.．/／\\-－•·・])(\\d{1,2})\\2(\\d{1,2})(?![0-9])"),
                    m -> validMonth(m.group(3)) && validDay(m.group(4))
                            ? wrong(official(m.group(1), m.group(3), m.group(4)))
                            : null),
            new Rule(
                    Pattern.compile("(?<![0-9A-Za-z./\\-])((?:19|20)\\d{2})(\\d{3,4})"
                            + "(?![0-9A-Za-z%.．/\\-人元件名次个万亿份所项号位家场户台套条篇吨米亩])"),
                    m -> compactMonthDay(m.group(2))
                            ? wrong(
                                    m.group(2).length() == 4
                                            ? official(
                                                    m.group(1),
                                                    m.group(2).substring(0, 2),
                                                    m.group(2).substring(2))
                                            : "")
                            : null),
            new Rule(Pattern.compile(YEAR + "年\\d{1,2}日"), m -> wrong("")),
            new Rule(
                    Pattern.compile("(" + YEAR + ")(\\d{1,2})月"),
                    m -> wrong(validMonth(m.group(2)) ? official(m.group(1), m.group(2), null) : "")),
            new Rule(
                    Pattern.compile("(?<![0-9])(?:((?:19|20)\\d{2})年)?(\\d{1,2})月(?:(\\d{1,2})日)?"),
                    m -> outOfRange(m.group(2), 12) || (m.group(3) != null && outOfRange(m.group(3), 31))
                            ? wrong(
                                    m.group(1) != null && validMonth(m.group(2)) && validDayOrNone(m.group(3))
                                            ? official(m.group(1), m.group(2), m.group(3))
                                            : "")
                            : null),
            new Rule(
                    Pattern.compile("(?<![0-9A-Za-z" + CHINESE_DIGITS + "十])(\\d{2})年(\\d{1,2})月(?:(\\d{1,2})日)?"),
                    m -> rewritten("20" + m.group(1), m.group(2), m.group(3))),
            new Rule(
                    Pattern.compile("((?:一九|二[〇○零])[" + CHINESE_DIGITS + "]{2})年(?:(" + CHINESE_NUMBER + ")月(?:("
                            + CHINESE_NUMBER + ")日)?)?"),
                    m -> rewritten(arabic(m.group(1)), arabic(m.group(2)), arabic(m.group(3)))),
            new Rule(
                    Pattern.compile("(" + YEAR + ")年(\\d{1,2})月(\\d{1,2})日"),
                    m -> exists(m.group(1), m.group(2), m.group(3)) ? null : impossible()));

    private DateFormats() {}

    /** Where two rules match overlapping text ("2021/11/23月" is a separated date and an impossible 23月), once. */
    static List<Hit> find(String text) {
        List<Found> matches = new ArrayList<>();
        for (int r = 0; r < RULES.size(); r++) {
            Rule rule = RULES.get(r);
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                Verdict verdict = rule.verdict().apply(m);
                if (verdict != null) {
                    matches.add(new Found(m.toMatchResult(), r, verdict));
                }
            }
        }
        matches.sort(Comparator.comparingInt((Found f) -> f.match().start()).thenComparingInt(Found::rule));
        List<Hit> hits = new ArrayList<>();
        int covered = 0;
        for (Found f : matches) {
            if (f.match().start() >= covered) {
                String date = f.match().group();
                hits.add(new Hit(
                        f.verdict().kind(),
                        f.match().start(),
                        f.match().end(),
                        List.of(date),
                        f.verdict().instead()));
                covered = f.match().end();
            }
        }
        return hits;
    }

    /**
     * Dates written the official way that lie after the report's closing date (成文日期): a report on the year past
     * cannot tell of them, so the year is likely mistyped. A month alone is late when the whole month is.
     */
    static List<Hit> after(String text, LocalDate closingDate) {
        List<Hit> hits = new ArrayList<>();
        Matcher m = OFFICIAL.matcher(text);
        while (m.find()) {
            if (!validMonth(m.group(2)) || (m.group(3) != null && !exists(m.group(1), m.group(2), m.group(3)))) {
                continue;
            }
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            boolean late = m.group(3) == null
                    ? YearMonth.of(year, month).isAfter(YearMonth.from(closingDate))
                    : LocalDate.of(year, month, Integer.parseInt(m.group(3))).isAfter(closingDate);
            if (late) {
                hits.add(new Hit(
                        Finding.Kind.DATE_AFTER_CLOSING,
                        m.start(),
                        m.end(),
                        List.of(m.group(), ReportDocument.formatDate(closingDate))));
            }
        }
        return hits;
    }

    /** A date whose year (or month, day) is written another way: impossible, or wrong with the official form. */
    private static Verdict rewritten(String year, String month, String day) {
        if (month == null) {
            return wrong(year + "年");
        }
        if (!validMonth(month) || (day != null && !validDay(day))) {
            return wrong("");
        }
        if (day != null && !exists(year, month, day)) {
            return impossible();
        }
        return wrong(official(year, month, day));
    }

    private static Verdict wrong(String instead) {
        return new Verdict(Finding.Kind.WRONG_DATE, instead);
    }

    private static Verdict impossible() {
        return new Verdict(Finding.Kind.IMPOSSIBLE_DATE, "");
    }

    private static String official(String year, String month, String day) {
        String date = Integer.parseInt(year) + "年" + Integer.parseInt(month) + "月";
        return day == null ? date : date + Integer.parseInt(day) + "日";
    }

    private static boolean exists(String year, String month, String day) {
        try {
            LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /**
     * Chinese numerals as Arabic ones: digit by digit for a year (二〇二五 → 2025), by value for a month or day (十二
     * → 12, 二十一 → 21); Arabic digits pass through. Null stays null.
     */
    static String arabic(String number) {
        if (number == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        int tens = -1;
        for (char c : number.toCharArray()) {
            int value = digitValue(c);
            if (c == '十') {
                tens = digits.isEmpty() ? 1 : Integer.parseInt(digits.toString());
                digits.setLength(0);
            } else {
                digits.append(value);
            }
        }
        if (tens < 0) {
            return digits.toString();
        }
        return String.valueOf(tens * 10 + (digits.isEmpty() ? 0 : Integer.parseInt(digits.toString())));
    }

    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int at = "〇一二三四五六七八九".indexOf(c);
        return at >= 0 ? at : 0;
    }

    /** A leading zero, or out of 1 to max. */
    private static boolean outOfRange(String number, int max) {
        int value = Integer.parseInt(number);
        return number.startsWith("0") || value < 1 || value > max;
    }

    private static boolean validMonth(String month) {
        int m = Integer.parseInt(month);
        return m >= 1 && m <= 12;
    }

    private static boolean validDay(String day) {
        int d = Integer.parseInt(day);
        return d >= 1 && d <= 31;
    }

    private static boolean validDayOrNone(String day) {
        return day == null || validDay(day);
    }

    /** "121" reads as 1月21日 or 12月1日, "0321" as 3月21日: a serial number that reads as no date is left alone. */
    private static boolean compactMonthDay(String digits) {
        for (int split = 1; split < digits.length(); split++) {
            String month = digits.substring(0, split);
            String day = digits.substring(split);
            if (month.length() <= 2 && day.length() <= 2 && validMonth(month) && validDay(day)) {
                return true;
            }
        }
        return false;
    }

    private record Verdict(Finding.Kind kind, String instead) {}

    /** @param verdict what is wrong with the match; null when it is a date written well */
    private record Rule(Pattern pattern, Function<Matcher, Verdict> verdict) {}

    private record Found(MatchResult match, int rule, Verdict verdict) {}
}
