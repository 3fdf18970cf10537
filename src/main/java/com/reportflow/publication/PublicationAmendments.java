package com.reportflow.publication;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Role;
import com.reportflow.report.History;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportAccess;
import com.reportflow.report.ReportDocument;
import com.reportflow.report.ReportRepository;
import com.reportflow.report.ReportSection;
import com.reportflow.shared.ConflictRetry;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.shared.TextInput;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After publication (the coordinator): the published versions of a report, a corrected text (更正) and withdrawal
 * (撤回) from the catalogue. Every earlier version stays on record.
 */
@Service
public class PublicationAmendments {

    private final PublicationRepository publications;
    private final PublishedVersionRepository versions;
    private final DisclosureInput input;
    private final ReportRepository reports;
    private final History history;
    private final CurrentUser currentUser;
    private final ConflictRetry retry;
    private final Clock clock;

    PublicationAmendments(
            PublicationRepository publications,
            PublishedVersionRepository versions,
            DisclosureInput input,
            ReportRepository reports,
            History history,
            CurrentUser currentUser,
            ConflictRetry retry,
            Clock clock) {
        this.publications = publications;
        this.versions = versions;
        this.input = input;
        this.reports = reports;
        this.history = history;
        this.currentUser = currentUser;
        this.retry = retry;
        this.clock = clock;
    }

    /** The published versions of a report: the publication, each correction, a withdrawal; oldest first. */
    @Transactional(readOnly = true)
    public List<PublishedVersion> versions(long reportId) {
        ReportAccess.requireReadReports(currentUser.require());
        return versions.findByReportIdOrderByNumberAsc(reportId);
    }

    /** Whether the current user may correct or withdraw the report's publication now. */
    public boolean mayAmend(long reportId) {
        Actor actor = currentUser.require();
        return actor.has(Role.COORDINATOR)
                && retry.inTransaction(() -> publications
                        .findById(reportId)
                        .map(p -> !p.isWithdrawn())
                        .orElse(false));
    }

    /**
     * Publishes a corrected text (更正) of a published report: title, section texts, 发文字号 and 有效性 may change, with
     * a reason the public page shows. The earlier version stays on record and stays readable.
     */
    public int correct(long reportId, Correction correction) {
        Actor actor = currentUser.require();
        ReportAccess.requireRole(actor, Role.COORDINATOR);
        if (correction == null) {
            throw new InvalidInputException("error.required", "correction.reason");
        }
        String reason = TextInput.required(correction.reason(), 2_000, "correction.reason");
        String title = TextInput.line(correction.title(), 200, "report.title");
        String documentNumber = input.documentNumber(correction.documentNumber());
        String validity = input.validity(correction.validity());
        return retry.inTransaction(() -> {
            Publication publication = amendable(reportId);
            PublishedVersion latest = latestVersion(reportId);
            ReportDocument before = latest.document();
            List<OutlineEntry> entries = new ArrayList<>();
            for (OutlineEntry e : before.entries()) {
                String body = e.body();
                if (e.assigned() && correction.bodies().containsKey(e.sectionId())) {
                    body = TextInput.optional(
                            correction.bodies().get(e.sectionId()), ReportSection.MAX_BODY_LENGTH, "section.body");
                    if (body.isBlank()) {
                        throw new InvalidInputException("error.section.empty");
                    }
                }
                entries.add(new OutlineEntry(
                        e.sectionId(),
                        e.parentId(),
                        e.depth(),
                        e.number(),
                        e.heading(),
                        e.assigned(),
                        null,
                        null,
                        null,
                        e.status(),
                        body,
                        0));
            }
            ReportDocument after =
                    new ReportDocument(reportId, before.year(), title, before.issuer(), before.closingDate(), entries);
            boolean unchanged = after.title().equals(before.title())
                    && Objects.equals(documentNumber, latest.getDocumentNumber())
                    && Objects.equals(validity, latest.getValidity())
                    && bodies(after).equals(bodies(before));
            if (unchanged) {
                throw new InvalidInputException("error.correction.unchanged");
            }
            versions.save(new PublishedVersion(
                    reportId,
                    latest.getNumber() + 1,
                    PublishedVersion.Change.CORRECTED,
                    after,
                    documentNumber,
                    validity,
                    reason,
                    actor.username(),
                    actor.displayName(),
                    clock.instant()));
            publication.correct(documentNumber, validity);
            history.record(actor, reportId, null, HistoryAction.PUBLICATION_CORRECTED, reason);
            return latest.getNumber() + 1;
        });
    }

    /** Withdraws (撤回) a published report from the catalogue; its page then says so, with the reason. */
    public void withdraw(long reportId, String reason) {
        Actor actor = currentUser.require();
        ReportAccess.requireRole(actor, Role.COORDINATOR);
        String checked = TextInput.required(reason, 2_000, "correction.reason");
        retry.inTransaction(() -> {
            Publication publication = amendable(reportId);
            PublishedVersion latest = latestVersion(reportId);
            reports.findById(reportId).orElseThrow(NotFoundException::new).withdrawnFromPublication();
            versions.save(new PublishedVersion(
                    reportId,
                    latest.getNumber() + 1,
                    PublishedVersion.Change.WITHDRAWN,
                    latest.document(),
                    latest.getDocumentNumber(),
                    latest.getValidity(),
                    checked,
                    actor.username(),
                    actor.displayName(),
                    clock.instant()));
            publication.withdraw(checked, clock.instant());
            history.record(actor, reportId, null, HistoryAction.PUBLICATION_WITHDRAWN, checked);
        });
    }

    private Publication amendable(long reportId) {
        reports.findById(reportId).orElseThrow(NotFoundException::new);
        Publication publication = publications
                .findById(reportId)
                .orElseThrow(() -> new InvalidInputException("error.correction.not-published"));
        if (publication.isWithdrawn()) {
            throw new InvalidInputException("error.correction.withdrawn");
        }
        return publication;
    }

    private PublishedVersion latestVersion(long reportId) {
        return versions.findFirstByReportIdOrderByNumberDesc(reportId)
                .orElseThrow(() -> new InvalidInputException("error.correction.not-published"));
    }

    private static List<String> bodies(ReportDocument document) {
        return document.entries().stream().map(OutlineEntry::body).toList();
    }
}
