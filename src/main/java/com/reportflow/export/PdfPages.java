package com.reportflow.export;

import java.util.ArrayList;
import java.util.List;

/** Distributes grid rows over pages of 22 lines, keeping together what must stay together. */
final class PdfPages {

    private PdfPages() {}

    static List<List<PdfRow>> paginate(List<PdfRow> rows, int linesPerPage) {
        List<List<PdfRow>> pages = new ArrayList<>();
        List<PdfRow> page = new ArrayList<>(linesPerPage);
        int i = 0;
        while (i < rows.size()) {
            int end = i;
            while (end < rows.size() - 1 && rows.get(end).keepWithNext()) {
                end++;
            }
            int size = end - i + 1;
            boolean breakBefore = rows.get(i).pageBreakBefore() && !page.isEmpty();
            boolean doesNotFit = page.size() + size > linesPerPage && !page.isEmpty() && size <= linesPerPage;
            if (breakBefore || doesNotFit) {
                pages.add(page);
                page = new ArrayList<>(linesPerPage);
            }
            for (int r = i; r <= end; r++) {
                PdfRow row = rows.get(r);
                // A blank line that would open a page adds nothing but a gap.
                if (page.isEmpty() && row.isBlank() && !pages.isEmpty()) {
                    continue;
                }
                page.add(row);
                if (page.size() == linesPerPage) {
                    pages.add(page);
                    page = new ArrayList<>(linesPerPage);
                }
            }
            i = end + 1;
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }
}
