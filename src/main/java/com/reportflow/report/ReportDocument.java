package com.reportflow.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The report as one document: title, numbered outline with each section's text, issuer and date. What the
 * coordinator compiles, the leadership group deliberates, the director signs and the public reads.
 */
public record ReportDocument(
        long reportId,
        int year,
        String title,
        String issuer,
        LocalDate closingDate,
        List<OutlineEntry> entries,
        boolean closingDateFixed) {

    /** Before the director signs, the date typed at compile is only proposed: the signature fixes it. */
    public static final String PROPOSED = "（拟）";

    public ReportDocument {
        entries = List.copyOf(entries);
    }

    /** A document whose closing date is fixed: signed, published, or dated as it will be signed. */
    public ReportDocument(
            long reportId, int year, String title, String issuer, LocalDate closingDate, List<OutlineEntry> entries) {
        this(reportId, year, title, issuer, closingDate, entries, true);
    }

    /**
     * The closing date as official documents write it: 2026年1月21日, Arabic numerals, no leading zeros; marked
     * （拟） while it is only proposed.
     */
    public String closingDateText() {
        return closingDate == null ? "" : formatDate(closingDate) + (closingDateFixed ? "" : PROPOSED);
    }

    public static String formatDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The body split into paragraphs, blank lines dropped. */
    public static List<String> paragraphs(String body) {
        return body == null
                ? List.of()
                : body.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }
}
