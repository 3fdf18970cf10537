package com.reportflow.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates not written as official documents write them, 2024年3月21日 (Arabic numerals, no leading zeros): 2024.3.21,
 * 2024-03-21, 2024/3/21, a compact 2025121 or 20250121, 2024年03月05日, 2024年13月, a year glued to its month (20243月)
 * or a day without its month (2024年3日). A year alone, amounts (26907人, 99.42%, 1.5亿元), phone numbers and document
 * numbers (〔2024〕12号) are no dates.
 */
final class DateFormats {

    private static final String YEAR = "(?<![0-9])(?:19|20)\\d{2}";

    private static final List<Rule> RULES = List.of(
            new Rule(
                    Pattern.compile(
                            "(?<![0-9A-Za-z./\\-])" + "(?:19|20)\\d{2}([.．/／\\-－])(\\d{1,2})\\1(\\d{1,2})(?![0-9])"),
                    m -> validMonth(m.group(2)) && validDay(m.group(3))),
            new Rule(
                    Pattern.compile("(?<![0-9A-Za-z./\\-])(?:19|20)\\d{2}(\\d{3,4})"
                            + "(?![0-9A-Za-z%.．/\\-人元件名次个万亿份所项号位家场户台套条篇吨米亩])"),
                    m -> compactMonthDay(m.group(1))),
            new Rule(Pattern.compile(YEAR + "年\\d{1,2}日"), m -> true),
            new Rule(Pattern.compile(YEAR + "\\d{1,2}月"), m -> true),
            new Rule(
                    Pattern.compile("(?<![0-9])(?:(?:19|20)\\d{2}年)?(\\d{1,2})月(?:(\\d{1,2})日)?"),
                    m -> wrong(m.group(1), 12) || (m.group(2) != null && wrong(m.group(2), 31))));

    private DateFormats() {}

    /** Where two rules match overlapping text ("2021/11/23月" is a separated date and an impossible 23月), once. */
    static List<Hit> find(String text) {
        List<MatchResult> matches = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (rule.wrong().test(m)) {
                    matches.add(m.toMatchResult());
                }
            }
        }
        matches.sort(Comparator.comparingInt(MatchResult::start));
        List<Hit> hits = new ArrayList<>();
        int covered = 0;
        for (MatchResult m : matches) {
            if (m.start() >= covered) {
                hits.add(new Hit(Finding.Kind.WRONG_DATE, m.start(), m.end(), List.of(m.group())));
                covered = m.end();
            }
        }
        return hits;
    }

    /** A leading zero, or out of 1 to max. */
    private static boolean wrong(String number, int max) {
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

    private record Rule(Pattern pattern, Predicate<Matcher> wrong) {}
}
