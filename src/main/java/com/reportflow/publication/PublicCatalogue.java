package com.reportflow.publication;

import com.reportflow.report.ReportDocument;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportRepository;
import com.reportflow.report.ReportStage;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What anyone may read without logging in: published reports only. */
@Service
public class PublicCatalogue {

    /** A published report with its metadata. */
    public record PublishedReport(Publication metadata, ReportDocument document) {}

    private final PublicationRepository publications;
    private final ReportRepository reports;
    private final ReportQueries queries;

    PublicCatalogue(PublicationRepository publications, ReportRepository reports, ReportQueries queries) {
        this.publications = publications;
        this.reports = reports;
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public List<PublishedReport> published() {
        return publications.findAllByOrderByPublishDateDescReportIdDesc().stream()
                .map(p -> new PublishedReport(p, queries.documentOf(p.getReportId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<PublishedReport> published(long reportId) {
        return publications
                .findById(reportId)
                .filter(p -> reports.findById(reportId)
                        .map(r -> r.getStage() == ReportStage.PUBLISHED)
                        .orElse(false))
                .map(p -> new PublishedReport(p, queries.documentOf(reportId)));
    }
}
