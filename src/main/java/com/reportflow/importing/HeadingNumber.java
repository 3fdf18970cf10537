package com.reportflow.importing;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a line starts with, if it numbers a heading: 一、 → （一） → 1. → （1）, typed by hand and therefore also
 * with mixed bracket widths, full-width digits, stray spaces, or half deleted (")坚持…" where "(二" was lost).
 *
 * @param rank the numbering style's level, 1..4; {@link #BRACKET} when only a closing bracket is left, which is
 *     level 2 or 4 depending on the headings around it
 * @param ordinal the value of the number (3 for 三 or ３), 0 when the digits were lost
 * @param typed the number as typed, trimmed, e.g. "(一）" or ")"
 * @param rest the text after the number
 */
record HeadingNumber(int rank, int ordinal, String typed, String rest) {

    /** A lone closing bracket: the rank is decided from the context. */
    static final int BRACKET = 0;

    /** The ranks of numbered items: "1." and "（1）". */
    static final int ITEM = 3;

    static final int SUB_ITEM = 4;

    private static final Pattern ARABIC_ORDINAL = Pattern.compile("[0-9]{1,2}");

    private static final String SPACE = "[\\s\\u3000\\u00A0\\uFEFF]*";
    private static final String CN = "([一二三四五六七八九十〇零]{1,3})";
    private static final String DIGITS = "([0-9０-９]{1,2})";
    private static final String OPEN = "[（(]";
    private static final String CLOSE = "[）)]";

    /**
     * What follows a number in running text rather than a heading number: "一是", "三、四年级", "1.5亿元", "2、3月".
     * A heading's text never starts like that.
     */
    private static final Pattern AFTER_CHINESE_NUMBER = Pattern.compile("^[一二三四五六七八九十〇零是].*", Pattern.DOTALL);

    private static final Pattern AFTER_ARABIC_NUMBER = Pattern.compile("^[0-9０-９%％].*", Pattern.DOTALL);

    /** Counted things: "(3天内办结", "2年". Only read where no separator says "this is a number". */
    private static final Pattern MEASURE_WORD = Pattern.compile("^[年月日天个個次人名项項件所家元万萬亿億届屆期].*", Pattern.DOTALL);

    /** A half-deleted number is trusted only when a heading's words follow it directly. */
    private static final Pattern WORDS = Pattern.compile("^[\\p{IsHan}“\"《「‘].*", Pattern.DOTALL);

    /** What a heading number can start with, besides digits: most lines are body text and fail here at once. */
    private static final String FIRST_CHARACTERS = "一二三四五六七八九十〇零（()）、.．";

    private static final List<Form> FORMS = List.of(
            new Form(2, "^" + OPEN + SPACE + CN + SPACE + CLOSE, Guard.CHINESE),
            new Form(4, "^" + OPEN + SPACE + DIGITS + SPACE + CLOSE, Guard.ARABIC),
            new Form(1, "^" + CN + SPACE + "[、.．]", Guard.CHINESE),
            new Form(3, "^" + DIGITS + SPACE + "[.．、]", Guard.ARABIC),
            // Half deleted: the opening bracket lost ("二）", "1)"), the closing one lost ("（二", "(3"), or only the
            // bracket or separator left (")", "、", ".").
            new Form(2, "^" + CN + CLOSE, Guard.DAMAGED),
            new Form(4, "^" + DIGITS + CLOSE, Guard.DAMAGED),
            new Form(2, "^" + OPEN + SPACE + CN + "(?!" + SPACE + CLOSE + ")", Guard.DAMAGED),
            new Form(4, "^" + OPEN + SPACE + DIGITS + "(?![0-9０-９]|" + SPACE + CLOSE + ")", Guard.DAMAGED),
            new Form(BRACKET, "^" + CLOSE + "()", Guard.DAMAGED),
            // No text starts with a bare separator, so what follows it need not be words ("、2025年主要安排").
            new Form(1, "^、()", Guard.NONE),
            new Form(3, "^[.．]()", Guard.ARABIC));

    /** The heading number at the start of the trimmed line, if it has one and text after it. */
    static Optional<HeadingNumber> read(String line) {
        if (line.isEmpty() || FIRST_CHARACTERS.indexOf(line.charAt(0)) < 0 && !Character.isDigit(line.charAt(0))) {
            return Optional.empty();
        }
        for (Form form : FORMS) {
            Matcher m = form.pattern.matcher(line);
            if (m.lookingAt()) {
                String rest = ImportText.trim(line.substring(m.end()));
                if (rest.isEmpty() || !form.guard.accepts(rest)) {
                    continue;
                }
                String typed = ImportText.trim(line.substring(0, m.end()));
                return Optional.of(new HeadingNumber(form.rank, ordinal(m.group(1)), typed, rest));
            }
        }
        return Optional.empty();
    }

    /**
     * This item's successor if the line starts with it, typed the same way ("2、" after "1、"), whatever follows; null
     * when it does not.
     */
    HeadingNumber next(String line) {
        Matcher digits = ARABIC_ORDINAL.matcher(typed);
        if (ordinal <= 0 || !digits.find()) {
            return null;
        }
        String expected = typed.substring(0, digits.start()) + (ordinal + 1) + typed.substring(digits.end());
        if (!line.startsWith(expected)) {
            return null;
        }
        String after = ImportText.trim(line.substring(expected.length()));
        boolean decimal = (expected.endsWith(".") || expected.endsWith("．"))
                && !after.isEmpty()
                && Character.isDigit(after.charAt(0));
        return after.isEmpty() || decimal ? null : new HeadingNumber(rank, ordinal + 1, expected, after);
    }

    HeadingNumber withRank(int resolved) {
        return new HeadingNumber(resolved, ordinal, typed, rest);
    }

    private static int ordinal(String number) {
        if (number.isEmpty()) {
            return 0;
        }
        char first = number.charAt(0);
        if (Character.isDigit(first)) {
            int value = 0;
            for (int i = 0; i < number.length(); i++) {
                value = value * 10 + Character.digit(number.charAt(i), 10);
            }
            return value;
        }
        return chineseOrdinal(number);
    }

    /** 一 … 九十九, as heading numbers are written (十一, 二十, 二十三). */
    private static int chineseOrdinal(String number) {
        String digits = "〇一二三四五六七八九";
        int ten = number.indexOf('十');
        if (ten < 0) {
            int value = 0;
            for (int i = 0; i < number.length(); i++) {
                char c = number.charAt(i) == '零' ? '〇' : number.charAt(i);
                value = value * 10 + digits.indexOf(c);
            }
            return value;
        }
        int tens = ten == 0 ? 1 : Math.max(digits.indexOf(number.charAt(ten - 1)), 0);
        int units = ten + 1 < number.length() ? Math.max(digits.indexOf(number.charAt(ten + 1)), 0) : 0;
        return tens * 10 + units;
    }

    private enum Guard {
        CHINESE,
        ARABIC,
        DAMAGED,
        NONE;

        boolean accepts(String rest) {
            return switch (this) {
                case CHINESE -> !AFTER_CHINESE_NUMBER.matcher(rest).matches();
                case ARABIC -> !AFTER_ARABIC_NUMBER.matcher(rest).matches();
                case DAMAGED ->
                    WORDS.matcher(rest).matches()
                            && !AFTER_CHINESE_NUMBER.matcher(rest).matches()
                            && !MEASURE_WORD.matcher(rest).matches();
                case NONE -> true;
            };
        }
    }

    private record Form(int rank, Pattern pattern, Guard guard) {
        Form(int rank, String regex, Guard guard) {
            this(rank, Pattern.compile(regex), guard);
        }
    }
}
