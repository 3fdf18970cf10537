package com.reportflow.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Last year's published report as the importer read it.
 *
 * @param title the document's title, lines joined; "" when the source has none (a page that starts with the body)
 * @param preamble the paragraphs before the first heading ("现将……报告如下：")
 * @param outline the level-1 headings, each with its sub-headings
 * @param closing the issuer and date lines at the end, as typed
 * @param dropped what was left out, in source order: web debris (whole lines and inline "[bookmark: …]" markers) and
 *     a title the page repeated
 * @param items how each run of numbered items ("1、" "2、") was read: as headings or as body text
 * @param damaged runs that look decoded in the wrong encoding, by their line in the source: kept in the text, shown
 *     to the coordinator to mend
 */
public record ImportedReport(
        String title,
        List<String> preamble,
        List<ImportedHeading> outline,
        List<String> closing,
        List<String> dropped,
        List<NumberedItems> items,
        List<Mojibake.Finding> damaged) {

    public ImportedReport {
        Objects.requireNonNull(title, "title");
        preamble = List.copyOf(preamble);
        outline = List.copyOf(outline);
        closing = List.copyOf(closing);
        dropped = List.copyOf(dropped);
        items = List.copyOf(items);
        damaged = List.copyOf(damaged);
    }

    public ImportedReport(
            String title,
            List<String> preamble,
            List<ImportedHeading> outline,
            List<String> closing,
            List<String> dropped,
            List<NumberedItems> items) {
        this(title, preamble, outline, closing, dropped, items, List.of());
    }

    /** The same report with the damaged runs found in its source. */
    public ImportedReport withDamage(List<Mojibake.Finding> found) {
        return new ImportedReport(title, preamble, outline, closing, dropped, items, found);
    }

    public ImportedReport(
            String title,
            List<String> preamble,
            List<ImportedHeading> outline,
            List<String> closing,
            List<String> dropped) {
        this(title, preamble, outline, closing, dropped, List.of());
    }

    /** The number of headings at every level. */
    public int headingCount() {
        int count = 0;
        for (ImportedHeading heading : outline) {
            count += heading.count();
        }
        return count;
    }

    /**
     * Every sentence kept, in reading order: the title, the preamble, each heading followed by its body, the closing
     * lines. Paragraphs are cut after 。！？；; a heading, the title and each closing line count as one sentence.
     */
    public List<String> sentences() {
        List<String> out = new ArrayList<>();
        if (!title.isEmpty()) {
            out.add(title);
        }
        for (String paragraph : preamble) {
            out.addAll(ImportText.sentences(paragraph));
        }
        for (ImportedHeading heading : outline) {
            heading.addSentences(out);
        }
        out.addAll(closing);
        return out;
    }
}
