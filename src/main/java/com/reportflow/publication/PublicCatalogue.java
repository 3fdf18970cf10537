package com.reportflow.publication;

import com.reportflow.report.ReportDocument;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportRepository;
import com.reportflow.report.ReportStage;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone may read without logging in: published reports only, as published — the latest correction, with every
 * earlier version still readable. A withdrawn report leaves the catalogue; its page says it was withdrawn and why.
 */
@Service
public class PublicCatalogue {

    /**
     * A published report: its metadata, the text the public reads now, and the versions it went through (oldest
     * first; empty for a report published before versions were kept, whose text is then read from the report).
     */
    public record PublishedReport(
            int year, Publication metadata, ReportDocument document, List<PublishedVersion> versions) {

        public PublishedReport {
            versions = List.copyOf(versions);
        }

        public boolean corrected() {
            return versions.stream().anyMatch(v -> v.getChange() == PublishedVersion.Change.CORRECTED);
        }

        /** The corrections, oldest first. */
        public List<PublishedVersion> corrections() {
            return versions.stream()
                    .filter(v -> v.getChange() == PublishedVersion.Change.CORRECTED)
                    .toList();
        }
    }

    private final PublicationRepository publications;
    private final PublishedVersionRepository versions;
    private final ReportRepository reports;
    private final ReportQueries queries;

    PublicCatalogue(
            PublicationRepository publications,
            PublishedVersionRepository versions,
            ReportRepository reports,
            ReportQueries queries) {
        this.publications = publications;
        this.versions = versions;
        this.reports = reports;
        this.queries = queries;
    }

    /** The catalogue: every report published and not withdrawn, by report year (newest first), then newest first. */
    @Transactional(readOnly = true)
    public List<PublishedReport> published() {
        return publications.findAllByOrderByPublishDateDescReportIdDesc().stream()
                .filter(p -> !p.isWithdrawn())
                .map(this::withText)
                .sorted(Comparator.comparingInt(PublishedReport::year).reversed())
                .toList();
    }

    /** A report's public page, withdrawn or not; empty for anything never published. */
    @Transactional(readOnly = true)
    public Optional<PublishedReport> published(long reportId) {
        return publications
                .findById(reportId)
                .filter(p -> reports.findById(reportId)
                        .map(r -> r.getStage() == ReportStage.PUBLISHED || r.getStage() == ReportStage.WITHDRAWN)
                        .orElse(false))
                .map(this::withText);
    }

    /** An earlier (or the current) version of a published report's text. */
    @Transactional(readOnly = true)
    public Optional<PublishedVersion> version(long reportId, int number) {
        return published(reportId).flatMap(p -> versions.findByReportIdAndNumber(reportId, number));
    }

    private PublishedReport withText(Publication publication) {
        List<PublishedVersion> all = versions.findByReportIdOrderByNumberAsc(publication.getReportId());
        ReportDocument text = all.isEmpty()
                ? queries.documentOf(publication.getReportId())
                : all.getLast().document();
        int year = reports.findById(publication.getReportId()).orElseThrow().getYear();
        return new PublishedReport(year, publication, text, all);
    }
}
