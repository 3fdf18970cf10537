package com.reportflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTextTest {

    @Test
    void the_state_label_is_put_in_full_width_brackets_once() {
        assertThat(DocumentText.stateLine("审议稿")).isEqualTo("（审议稿）");
        assertThat(DocumentText.stateLine(" 签发稿 ")).isEqualTo("（签发稿）");
        assertThat(DocumentText.stateLine("（征求意见稿）")).isEqualTo("（征求意见稿）");
        assertThat(DocumentText.stateLine("")).isEmpty();
    }

    @Test
    void page_numbers_and_revisions_read_as_official_documents_write_them() {
        assertThat(DocumentText.pageNumber(12)).isEqualTo("— 12 —");
        assertThat(DocumentText.revision(2)).isEqualTo("第2稿");
    }

    @Test
    void the_closing_date_has_arabic_numerals_without_leading_zeros() {
        ExportedReport report =
                new ExportedReport("t", "i", LocalDate.of(2026, 1, 5), "", List.of(), ExportFixtures.GENERATED_AT);

        assertThat(DocumentText.closingDate(report)).isEqualTo("2026年1月5日");
    }

    @Test
    void the_date_starts_two_characters_right_of_a_longer_issuer_which_stands_two_characters_from_the_right() {
        // The issuer 11 wide, the date 6½: the issuer's left edge 13 from the right, the date's 2 further right.
        double[] indents = DocumentText.closingIndents("重庆市万州区教育委员会", "2026年1月21日");

        assertThat(indents).containsExactly(2, 4.5);
        assertThat(indents[0] + 11).isEqualTo(indents[1] + 6.5 + 2);
    }

    @Test
    void a_date_that_would_come_closer_than_two_characters_to_the_edge_stays_there_and_pushes_the_issuer_left() {
        // 教育局: 3 wide; the date 6½: the date stays 2 from the right, the issuer starts 2 left of the date.
        double[] indents = DocumentText.closingIndents("教育局", "2026年12月21日");

        assertThat(indents[1]).isEqualTo(2);
        assertThat(indents[0] + 3).isEqualTo(indents[1] + 7 + 2);
    }

    @Test
    void widths_count_chinese_characters_as_one_and_ascii_as_half() {
        assertThat(DocumentText.widthInChars("2026年1月21日")).isEqualTo(6.5);
    }

    @Test
    void control_characters_and_broken_surrogates_are_dropped_and_rare_characters_kept() {
        assertThat(DocumentText.printable("一\u0007二\t三\n四\uD800五\uFFFF" + ExportFixtures.RARE + ExportFixtures.EMOJI))
                .isEqualTo("一二 三 四五" + ExportFixtures.RARE + ExportFixtures.EMOJI);
    }
}
