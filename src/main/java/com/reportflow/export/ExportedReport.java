package com.reportflow.export;

import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the official document shows, independent of the file format.
 *
 * @param title the report's title
 * @param issuer the issuing body, printed above the closing date; blank for none
 * @param closingDate the closing date (成文日期); {@code null} for none
 * @param closingDateFixed whether the director's signature has fixed it; a proposed date is printed marked （拟）
 * @param stateLabel the document's state in the caller's words, e.g. "审议稿", printed under the title as
 *     "（审议稿）"; blank for none (a published copy)
 * @param headings the outline in document order with each section's paragraphs
 * @param generatedAt the one timestamp written into the files (creation and modification dates), so that the same
 *     input gives byte-identical files
 */
public record ExportedReport(
        String title,
        String issuer,
        LocalDate closingDate,
        String stateLabel,
        List<ExportedHeading> headings,
        Instant generatedAt,
        boolean closingDateFixed) {

    public ExportedReport(
            String title,
            String issuer,
            LocalDate closingDate,
            String stateLabel,
            List<ExportedHeading> headings,
            Instant generatedAt) {
        this(title, issuer, closingDate, stateLabel, headings, generatedAt, true);
    }

    public ExportedReport {
        title = Objects.requireNonNullElse(title, "");
        issuer = Objects.requireNonNullElse(issuer, "");
        stateLabel = Objects.requireNonNullElse(stateLabel, "");
        headings = List.copyOf(headings);
        Objects.requireNonNull(generatedAt, "generatedAt");
    }

    /**
     * The app's compiled document as exported. A section assigned to an office carries its revision from
     * {@code revisionBySectionId} (absent there: none stated); a grouping heading never carries one.
     */
    public static ExportedReport of(
            ReportDocument document, String stateLabel, Map<Long, Integer> revisionBySectionId, Instant generatedAt) {
        List<ExportedHeading> headings = document.entries().stream()
                .map(entry -> heading(entry, revisionBySectionId))
                .toList();
        return new ExportedReport(
                document.title(),
                document.issuer(),
                document.closingDate(),
                stateLabel,
                headings,
                generatedAt,
                document.closingDateFixed());
    }

    private static ExportedHeading heading(OutlineEntry entry, Map<Long, Integer> revisionBySectionId) {
        Integer revision = entry.assigned() ? revisionBySectionId.get(entry.sectionId()) : null;
        return new ExportedHeading(
                entry.depth(), entry.number(), entry.heading(), ReportDocument.paragraphs(entry.body()), revision);
    }

    /** Whether any section states its revision, i.e. whether the document ends with the table of revisions. */
    public boolean statesRevisions() {
        return headings.stream().anyMatch(h -> h.revision() != null);
    }
}
