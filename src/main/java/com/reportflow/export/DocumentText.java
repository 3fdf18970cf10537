package com.reportflow.export;

import com.reportflow.report.ReportDocument;

/**
 * The fixed words the official document prints besides the report's own text. They are part of the document, which
 * is Chinese whatever language the person exporting it reads, so they are not translation keys.
 */
final class DocumentText {

    /** Heading of the table of section revisions that ends a document whose sections state them. */
    static final String REVISIONS_TITLE = "各部分稿次";

    static final String REVISIONS_SECTION_COLUMN = "章节";
    static final String REVISIONS_REVISION_COLUMN = "稿次";

    private DocumentText() {}

    /** "审议稿" → "（审议稿）"; a label already in brackets stays as it is; blank → blank. */
    static String stateLine(String stateLabel) {
        String label = stateLabel.strip();
        if (label.isEmpty() || label.startsWith("（") || label.startsWith("(")) {
            return label;
        }
        return "（" + label + "）";
    }

    /** "第2稿". */
    static String revision(int revision) {
        return "第" + revision + "稿";
    }

    /** "— 1 —", the page number between em dashes (一字线). */
    static String pageNumber(int page) {
        return "— " + page + " —";
    }

    /** 2026年1月21日: Arabic numerals without leading zeros. */
    static String closingDate(ExportedReport report) {
        if (report.closingDate() == null) {
            return "";
        }
        return ReportDocument.formatDate(report.closingDate())
                + (report.closingDateFixed() ? "" : ReportDocument.PROPOSED);
    }

    /**
     * The text without what an XML file cannot hold and a page cannot show: control characters (a tab becomes a
     * space, a line break inside a paragraph too), unpaired surrogates, and the non-characters U+FFFE and U+FFFF.
     */
    static String printable(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                s.append(c).append(text.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r') {
                s.append(' ');
            } else if (!Character.isISOControl(c) && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF') {
                s.append(c);
            }
        }
        return s.toString();
    }

    /** Width in characters of the grid: a CJK character or full-width mark is 1, an ASCII character ½. */
    static double widthInChars(String text) {
        return text.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.5 : 1).sum();
    }

    /**
     * Right indents, in characters, of the issuer and of the closing date, after GB/T 9704-2012 7.3.5.2 (a document
     * without a seal): the issuer 2 characters from the right, the date on the next line starting 2 characters right
     * of the issuer's first character; a date longer than that stays 2 characters from the right and the issuer
     * moves left.
     *
     * @return {issuer indent, date indent}
     */
    static double[] closingIndents(String issuer, String date) {
        if (issuer.isEmpty() || date.isEmpty()) {
            return new double[] {2, 2};
        }
        double issuerWidth = widthInChars(issuer);
        double dateWidth = widthInChars(date);
        double dateIndent = issuerWidth - dateWidth;
        if (dateIndent >= 2) {
            return new double[] {2, dateIndent};
        }
        return new double[] {4 + dateWidth - issuerWidth, 2};
    }
}
