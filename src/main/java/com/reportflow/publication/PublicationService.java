package com.reportflow.publication;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Role;
import com.reportflow.report.History;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.Report;
import com.reportflow.report.ReportAccess;
import com.reportflow.report.ReportDocument;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportRepository;
import com.reportflow.report.ReportSection;
import com.reportflow.report.ReportStage;
import com.reportflow.shared.ConflictRetry;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.shared.TextInput;
import com.reportflow.workflow.ReportWorkflow;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.WorkItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The publisher (the coordinator): confidentiality check, disclosure metadata, publication, upward submission. */
@Service
public class PublicationService {

    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("^[\\p{IsHan}A-Za-z0-9]{1,20}〔\\d{4}〕\\d{1,5}号$");

    private final PublicationRepository publications;
    private final SuperiorSubmissionRepository submissions;
    private final IndexNumbers indexNumbers;
    private final DisclosureLists lists;
    private final PublishedVersionRepository versions;
    private final ReportRepository reports;
    private final ReportQueries queries;
    private final ReportWorkflow workflow;
    private final History history;
    private final CurrentUser currentUser;
    private final Directory directory;
    private final ConflictRetry retry;
    private final Clock clock;
    private final String organisationCode;
    private final String bureauName;

    PublicationService(
            PublicationRepository publications,
            SuperiorSubmissionRepository submissions,
            IndexNumbers indexNumbers,
            DisclosureLists lists,
            PublishedVersionRepository versions,
            ReportRepository reports,
            ReportQueries queries,
            ReportWorkflow workflow,
            History history,
            CurrentUser currentUser,
            Directory directory,
            ConflictRetry retry,
            Clock clock,
            @Value("${reportflow.bureau.organisation-code}") String organisationCode,
            @Value("${reportflow.bureau.name}") String bureauName) {
        this.publications = publications;
        this.submissions = submissions;
        this.indexNumbers = indexNumbers;
        this.lists = lists;
        this.versions = versions;
        this.reports = reports;
        this.queries = queries;
        this.workflow = workflow;
        this.history = history;
        this.currentUser = currentUser;
        this.directory = directory;
        this.retry = retry;
        this.clock = clock;
        this.organisationCode = organisationCode;
        this.bureauName = bureauName;
    }

    /** The text as it stands: the signed text until publication, then the published one with its corrections. */
    @Transactional(readOnly = true)
    public ReportDocument document(long reportId) {
        ReportDocument signed = queries.document(reportId);
        return versions.findFirstByReportIdOrderByNumberDesc(reportId)
                .map(PublishedVersion::document)
                .orElse(signed);
    }

    /** Metadata prefilled as a publisher would start: today's dates, the bureau's full name. */
    public DisclosureMetadata suggestedMetadata(long reportId) {
        ReportDocument document = queries.document(reportId);
        LocalDate today = LocalDate.now(clock);
        return new DisclosureMetadata(
                "",
                "综合政务",
                "报告",
                document.issuer() == null ? bureauName : document.issuer(),
                "有效",
                document.closingDate() == null ? today : document.closingDate(),
                today);
    }

    /** The configured 主题分类, 体裁分类 and 有效性 values. */
    public DisclosureLists lists() {
        return lists;
    }

    public boolean mayPublish(long reportId) {
        return mayAct(Step.PUBLISH_REPORT, reportId);
    }

    public boolean mayRecordSubmission(long reportId) {
        return mayAct(Step.SUBMIT_TO_SUPERIOR, reportId);
    }

    @Transactional(readOnly = true)
    public Optional<Publication> publication(long reportId) {
        ReportAccess.requireReadReports(currentUser.require());
        reports.findById(reportId).orElseThrow(NotFoundException::new);
        return publications.findById(reportId);
    }

    /** The name of the person who confirmed the confidentiality check, as the screens show people. */
    @Transactional(readOnly = true)
    public String confidentialityCheckerName(Publication publication) {
        ReportAccess.requireReadReports(currentUser.require());
        return directory.displayName(publication.getConfidentialityCheckedBy());
    }

    @Transactional(readOnly = true)
    public List<SuperiorSubmission> submissions(long reportId) {
        ReportAccess.requireReadReports(currentUser.require());
        reports.findById(reportId).orElseThrow(NotFoundException::new);
        return submissions.findByReportIdOrderByIdAsc(reportId);
    }

    /**
     * Publishes the signed report on the public page, once the confidentiality check is confirmed. The 成文日期 is
     * the one fixed at sign-off, which the document prints: a different one is refused, never stored.
     */
    public String publish(long reportId, boolean confidentialityChecked, DisclosureMetadata metadata) {
        Actor actor = currentUser.require();
        ReportAccess.requireRole(actor, Role.COORDINATOR);
        if (!confidentialityChecked) {
            throw new InvalidInputException("error.publication.confidentiality");
        }
        DisclosureMetadata checked = validated(metadata);
        return retry.inTransaction(() -> {
            Report report = reports.findById(reportId).orElseThrow(NotFoundException::new);
            WorkItem task = workflow.actionable(Step.PUBLISH_REPORT, reportId, actor);
            if (!checked.writtenDate().equals(report.getClosingDate())) {
                throw new InvalidInputException(
                        "error.publication.written-date-fixed", String.valueOf(report.getClosingDate()));
            }
            String indexNumber =
                    indexNumbers.next(organisationCode, checked.publishDate().getYear());
            publications.save(new Publication(reportId, indexNumber, checked, actor.username(), clock.instant()));
            versions.save(new PublishedVersion(
                    reportId,
                    1,
                    PublishedVersion.Change.PUBLISHED,
                    queries.documentOf(reportId),
                    checked.documentNumber(),
                    checked.validity(),
                    null,
                    actor.username(),
                    actor.displayName(),
                    clock.instant()));
            report.moveTo(ReportStage.PUBLISHED);
            reports.flush();
            workflow.complete(task, actor);
            history.record(actor, reportId, null, HistoryAction.PUBLISHED, indexNumber);
            return indexNumber;
        });
    }

    /** Records that the signed report went to the superior authority. */
    public void recordSubmission(
            long reportId, String recipient, LocalDate submittedOn, SuperiorSubmission.Channel channel) {
        recordSubmission(reportId, recipient, submittedOn, channel, null);
    }

    /** Records that the signed report went to the superior authority, with its receipt number if one was given. */
    public void recordSubmission(
            long reportId,
            String recipient,
            LocalDate submittedOn,
            SuperiorSubmission.Channel channel,
            String receiptNumber) {
        Actor actor = currentUser.require();
        ReportAccess.requireRole(actor, Role.COORDINATOR);
        String checkedRecipient = TextInput.line(recipient, 200, "submission.recipient");
        String checkedReceipt = receiptNumber == null || receiptNumber.isBlank()
                ? null
                : TextInput.line(receiptNumber, 60, "submission.receipt-number");
        if (submittedOn == null) {
            throw new InvalidInputException("error.required", "submission.date");
        }
        if (submittedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("error.submission.future-date");
        }
        if (channel == null) {
            throw new InvalidInputException("error.required", "submission.channel");
        }
        retry.inTransaction(() -> {
            reports.findById(reportId).orElseThrow(NotFoundException::new);
            WorkItem task = workflow.actionable(Step.SUBMIT_TO_SUPERIOR, reportId, actor);
            submissions.save(new SuperiorSubmission(
                    reportId,
                    checkedRecipient,
                    submittedOn,
                    channel,
                    checkedReceipt,
                    actor.username(),
                    clock.instant()));
            workflow.complete(task, actor);
            history.record(
                    actor,
                    reportId,
                    null,
                    HistoryAction.SUBMITTED_TO_SUPERIOR,
                    checkedRecipient + " · " + submittedOn + (checkedReceipt == null ? "" : " · " + checkedReceipt));
        });
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
        String documentNumber = documentNumber(correction.documentNumber());
        String validity = validity(correction.validity());
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
            reports.findById(reportId).orElseThrow(NotFoundException::new).moveTo(ReportStage.WITHDRAWN);
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

    private boolean mayAct(Step step, long reportId) {
        Actor actor = currentUser.require();
        return actor.has(Role.COORDINATOR)
                && retry.inTransaction(() -> workflow.openTask(step, reportId).isPresent());
    }

    private DisclosureMetadata validated(DisclosureMetadata m) {
        if (m == null) {
            throw new InvalidInputException("error.required", "publication.metadata");
        }
        String documentNumber = documentNumber(m.documentNumber());
        if (m.topicCategory() == null || !lists.topics().contains(m.topicCategory())) {
            throw new InvalidInputException("error.required", "publication.topic");
        }
        if (m.genreCategory() == null || !lists.genres().contains(m.genreCategory())) {
            throw new InvalidInputException("error.required", "publication.genre");
        }
        String organisation = TextInput.line(m.publishingOrganisation(), 200, "publication.organisation");
        String validity = validity(m.validity());
        if (m.writtenDate() == null) {
            throw new InvalidInputException("error.required", "publication.written-date");
        }
        if (m.publishDate() == null) {
            throw new InvalidInputException("error.required", "publication.publish-date");
        }
        LocalDate today = LocalDate.now(clock);
        if (m.publishDate().isAfter(today) || m.writtenDate().isAfter(m.publishDate())) {
            throw new InvalidInputException("error.publication.dates");
        }
        return new DisclosureMetadata(
                documentNumber,
                m.topicCategory(),
                m.genreCategory(),
                organisation,
                validity,
                m.writtenDate(),
                m.publishDate());
    }

    private static String documentNumber(String typed) {
        String documentNumber =
                typed == null || typed.isBlank() ? null : TextInput.line(typed, 60, "publication.document-number");
        if (documentNumber != null && !DOCUMENT_NUMBER.matcher(documentNumber).matches()) {
            throw new InvalidInputException("error.publication.document-number");
        }
        return documentNumber;
    }

    private String validity(String chosen) {
        String validity = chosen == null || chosen.isBlank() ? null : chosen;
        if (validity != null && !lists.validities().contains(validity)) {
            throw new InvalidInputException("error.required", "publication.validity");
        }
        return validity;
    }
}
