package com.reportflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfPagesTest {

    @Test
    void rows_fill_pages_of_the_given_number_of_lines() {
        List<List<PdfRow>> pages = PdfPages.paginate(rows(10, false), 4);

        assertThat(pages).extracting(List::size).containsExactly(4, 4, 2);
    }

    @Test
    void rows_kept_together_move_to_the_next_page_when_they_do_not_fit() {
        List<PdfRow> rows = rows(3, false);
        rows.add(row(true));
        rows.add(row(false));

        List<List<PdfRow>> pages = PdfPages.paginate(rows, 4);

        assertThat(pages).extracting(List::size).containsExactly(3, 2);
        assertThat(pages.get(1).get(0).keepWithNext()).isTrue();
    }

    @Test
    void a_group_longer_than_a_page_is_broken_where_the_page_is_full() {
        List<PdfRow> rows = new ArrayList<>(List.of(row(false)));
        for (int i = 0; i < 5; i++) {
            rows.add(row(true));
        }
        rows.add(row(false));

        assertThat(PdfPages.paginate(rows, 4)).extracting(List::size).containsExactly(4, 3);
    }

    @Test
    void a_row_that_starts_a_page_starts_one_and_blank_lines_do_not_open_a_page() {
        List<PdfRow> rows = rows(2, false);
        rows.add(PdfRow.BLANK);
        rows.add(row(false).startingAPage());
        rows.add(row(false));

        List<List<PdfRow>> pages = PdfPages.paginate(rows, 3);

        assertThat(pages).extracting(List::size).containsExactly(3, 2);
        assertThat(pages.get(1).get(0).pageBreakBefore()).isTrue();

        List<PdfRow> blankAtBreak = rows(3, false);
        blankAtBreak.add(PdfRow.BLANK);
        blankAtBreak.add(row(false));
        assertThat(PdfPages.paginate(blankAtBreak, 3)).extracting(List::size).containsExactly(3, 1);
    }

    @Test
    void an_empty_document_has_one_page() {
        assertThat(PdfPages.paginate(List.of(), 22)).hasSize(1);
    }

    private static List<PdfRow> rows(int count, boolean keep) {
        List<PdfRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(row(keep));
        }
        return rows;
    }

    private static PdfRow row(boolean keepWithNext) {
        return new PdfRow(List.of(new PdfRow.TextLine(0, 16, 0, List.of())), null, keepWithNext, false);
    }
}
