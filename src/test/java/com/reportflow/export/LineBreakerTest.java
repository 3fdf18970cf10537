package com.reportflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

    @Test
    void chinese_text_breaks_anywhere_when_the_line_is_full() {
        assertThat(lines("一二三四五六七八九十", 4, 4)).containsExactly("一二三四", "五六七八", "九十");
    }

    @Test
    void the_first_line_is_narrower_by_its_indent() {
        assertThat(lines("一二三四五六七八九十", 2, 4)).containsExactly("一二", "三四五六", "七八九十");
    }

    @Test
    void closing_punctuation_never_starts_a_line_it_takes_the_character_before_along() {
        assertThat(lines("一二三四，五六", 4, 4)).containsExactly("一二三", "四，五六");
        assertThat(lines("一二三四。”五", 4, 4)).containsExactly("一二三", "四。”五");
    }

    @Test
    void opening_punctuation_never_ends_a_line() {
        assertThat(lines("一二三“四五”", 4, 4)).containsExactly("一二三", "“四五”");
        assertThat(lines("一二三《四》", 4, 4)).containsExactly("一二三", "《四》");
    }

    @Test
    void latin_words_and_numbers_stay_whole() {
        assertThat(lines("共计2024件", 4, 4)).containsExactly("共计", "2024", "件");
    }

    @Test
    void a_word_longer_than_the_line_is_broken_where_the_line_is_full() {
        assertThat(lines("https://example", 6, 6)).containsExactly("https:", "//exam", "ple");
    }

    @Test
    void doubled_dashes_and_ellipses_are_not_split_and_an_ellipsis_does_not_start_a_line() {
        assertThat(lines("一二三——四", 4, 4)).containsExactly("一二三", "——四");
        assertThat(lines("一二三……", 4, 4)).containsExactly("一二", "三……");
    }

    @Test
    void a_space_that_would_open_a_continuation_line_is_dropped() {
        assertThat(lines("ab cd ef", 3, 3)).containsExactly("ab ", "cd ", "ef");
    }

    @Test
    void text_that_fits_is_one_line_and_no_text_is_no_line() {
        assertThat(lines("一二三", 4, 4)).containsExactly("一二三");
        assertThat(lines("", 4, 4)).isEmpty();
    }

    /** Every character 1 wide. */
    private static List<String> lines(String text, float first, float width) {
        int[] codePoints = text.codePoints().toArray();
        float[] advances = new float[codePoints.length];
        Arrays.fill(advances, 1f);
        return LineBreaker.lines(codePoints, advances, first, width).stream()
                .map(r -> new String(codePoints, r[0], r[1] - r[0]))
                .toList();
    }
}
