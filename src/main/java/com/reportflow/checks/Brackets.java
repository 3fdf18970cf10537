package com.reportflow.checks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Brackets and quotes without their partner within a paragraph: （） () 《》 “” ‘’ 【】 []. A full-width bracket
 * closed by a half-width one, as in "（一)", is a width slip, not a missing bracket: the punctuation check reports it.
 */
final class Brackets {

    private static final String OPENING = "（(《“‘【[";
    private static final String CLOSING = "）)》”’】]";
    /** The kind of pair each mark belongs to, by its position in OPENING and CLOSING. */
    private static final String PAIRS = "RRBDSLQ";

    private Brackets() {}

    static List<Hit> find(String text) {
        List<Integer> unmatched = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPENING.indexOf(c) >= 0) {
                open.push(i);
            } else if (CLOSING.indexOf(c) >= 0) {
                char pair = PAIRS.charAt(CLOSING.indexOf(c));
                if (open.stream().anyMatch(at -> pairOf(text, at) == pair)) {
                    while (pairOf(text, open.peek()) != pair) {
                        unmatched.add(open.pop());
                    }
                    open.pop();
                } else {
                    unmatched.add(i);
                }
            }
        }
        unmatched.addAll(open);
        unmatched.sort(null);
        return unmatched.stream()
                .map(at -> new Hit(Finding.Kind.UNBALANCED_MARK, at, at + 1, List.of(String.valueOf(text.charAt(at)))))
                .toList();
    }

    private static char pairOf(String text, int openingAt) {
        return PAIRS.charAt(OPENING.indexOf(text.charAt(openingAt)));
    }
}
