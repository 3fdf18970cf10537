package com.reportflow.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Heading numbers by outline level, as official documents write them: 一、 → （一） → 1. → （1）.
 */
public final class HeadingNumbers {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private HeadingNumbers() {}

    /** The number of the {@code ordinal}-th (1-based) heading at {@code depth} (1-based). */
    public static String of(int depth, int ordinal) {
        if (ordinal < 1) {
            throw new IllegalArgumentException("ordinal must be positive: " + ordinal);
        }
        return switch (depth) {
            case 1 -> chinese(ordinal) + "、";
            case 2 -> "（" + chinese(ordinal) + "）";
            case 3 -> ordinal + ".";
            case 4 -> "（" + ordinal + "）";
            default -> throw new IllegalArgumentException("outline depth must be 1 to 4: " + depth);
        };
    }

    /** The numbers of an outline given in document order by each node's depth; numbering restarts under each parent. */
    public static List<String> ofOutline(List<Integer> depths) {
        int[] counters = new int[5];
        List<String> numbers = new ArrayList<>();
        for (int depth : depths) {
            counters[depth]++;
            for (int deeper = depth + 1; deeper < counters.length; deeper++) {
                counters[deeper] = 0;
            }
            numbers.add(of(depth, counters[depth]));
        }
        return List.copyOf(numbers);
    }

    /** Chinese numerals for 1 to 999 as used in headings (十一, 二十, 一百零五). */
    static String chinese(int n) {
        if (n < 1 || n > 999) {
            throw new IllegalArgumentException("heading ordinal out of range: " + n);
        }
        int hundreds = n / 100;
        int tens = n % 100 / 10;
        int ones = n % 10;
        StringBuilder s = new StringBuilder();
        if (hundreds > 0) {
            s.append(DIGITS[hundreds]).append('百');
            if (tens == 0 && ones > 0) {
                s.append('零');
            }
        }
        if (tens > 0) {
            if (tens > 1 || hundreds > 0) {
                s.append(DIGITS[tens]);
            }
            s.append('十');
        }
        if (ones > 0) {
            s.append(DIGITS[ones]);
        }
        return s.toString();
    }
}
