package com.reportflow.publication;

import com.reportflow.report.ReportDocument;
import java.util.List;
import java.util.Optional;

/**
 * What the publish screen shows and what the signed-in person may do there, read at once.
 *
 * @param document the text as it stands: the signed text until publication, then the published one
 * @param suggested the metadata the form starts from, while the report may be published; else null
 */
public record PublishScreen(
        ReportDocument document,
        boolean mayPublish,
        boolean mayRecordSubmission,
        Optional<Publication> publication,
        List<SuperiorSubmission> submissions,
        DisclosureMetadata suggested) {}
