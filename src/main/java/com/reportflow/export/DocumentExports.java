package com.reportflow.export;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CurrentUser;
import com.reportflow.publication.PublicCatalogue;
import com.reportflow.publication.PublishedVersion;
import com.reportflow.report.ReportAccess;
import com.reportflow.report.ReportDocument;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportSummary;
import com.reportflow.shared.AuditEvent;
import com.reportflow.shared.InvalidInputException;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report as the official document, DOCX or PDF: for the people working on it from compile on (stating its state
 * and each section's revision), and for the public as published. From sign-off on, the text cannot change and every
 * timestamp in the files is the signing time, so a signed report's exports are identical at every download.
 */
@Service
public class DocumentExports {

    /** A file to download. */
    public record ExportFile(String fileName, String contentType, byte[] content) {}

    /** The two formats. */
    public enum Format {
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        PDF("pdf", "application/pdf");

        final String extension;
        final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public static Optional<Format> of(String extension) {
            for (Format f : values()) {
                if (f.extension.equalsIgnoreCase(extension)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    private final ReportQueries queries;
    private final PublicCatalogue catalogue;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final PdfExport pdf;
    private final ApplicationEventPublisher events;

    DocumentExports(
            ReportQueries queries,
            PublicCatalogue catalogue,
            CurrentUser currentUser,
            Clock clock,
            Environment environment,
            ApplicationEventPublisher events) {
        this.events = events;
        this.queries = queries;
        this.catalogue = catalogue;
        this.currentUser = currentUser;
        this.clock = clock;
        this.pdf = new PdfExport(ExportFonts.from(environment::getProperty));
    }

    /** Releases the parsed font files. */
    @PreDestroy
    void close() {
        pdf.close();
    }

    /**
     * The report as it stands, for those who may read it, from compile on. The download goes to the audit trail
     * once the file is made; the public's anonymous downloads of a published report do not.
     */
    @Transactional(readOnly = true)
    public ExportFile current(long reportId, Format format) {
        Actor reader = currentUser.require();
        ReportAccess.requireReadReports(reader);
        ReportSummary summary = queries.summary(reportId);
        String state =
                switch (summary.stage()) {
                    case DRAFTING, CANCELLED -> throw new InvalidInputException("error.export.not-compiled");
                    case COMPILING -> "汇编稿";
                    case DELIBERATING -> "审议稿";
                    case SIGNING -> "送签稿";
                    case PUBLISHING, PUBLISHED, WITHDRAWN -> "签发稿";
                };
        ReportDocument document = queries.document(reportId);
        Instant generatedAt =
                switch (summary.stage()) {
                    case PUBLISHING, PUBLISHED, WITHDRAWN -> queries.signedAt(reportId);
                    default -> clock.instant();
                };
        ExportedReport report = ExportedReport.of(document, state, queries.revisionNumbers(reportId), generatedAt);
        ExportFile file = file(document.year() + "-" + reportId + "-" + state, report, format);
        events.publishEvent(AuditEvent.done(
                reader.username(), "DOCUMENT_EXPORTED", "report:" + reportId, format.extension + " " + state));
        return file;
    }

    /** The published text, as the public page shows it now; empty when it is not (or no longer) public. */
    @Transactional(readOnly = true)
    public Optional<ExportFile> published(long reportId, Format format) {
        return catalogue
                .published(reportId)
                .filter(p -> !p.metadata().isWithdrawn())
                .map(p -> {
                    Instant at = p.versions().isEmpty()
                            ? p.metadata().getPublishedAt()
                            : p.versions().getLast().getCreatedAt();
                    boolean corrected =
                            p.versions().stream().anyMatch(v -> v.getChange() == PublishedVersion.Change.CORRECTED);
                    ExportedReport report = ExportedReport.of(p.document(), corrected ? "更正稿" : "", Map.of(), at);
                    return file(p.metadata().getIndexNumber().replace('/', '-'), report, format);
                });
    }

    private ExportFile file(String baseName, ExportedReport report, Format format) {
        byte[] content = format == Format.DOCX ? DocxExport.write(report) : pdf.write(report);
        return new ExportFile(baseName + "." + format.extension, format.contentType, content);
    }
}
