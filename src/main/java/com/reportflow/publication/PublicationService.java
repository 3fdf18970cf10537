package com.reportflow.publication;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Role;
import com.reportflow.report.History;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.Report;
import com.reportflow.report.ReportAccess;
import com.reportflow.report.ReportDocument;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportRepository;
import com.reportflow.report.StepTurns;
import com.reportflow.shared.ConflictRetry;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.shared.TextInput;
import com.reportflow.workflow.ReportWorkflow;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.WorkItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publisher (the coordinator): confidentiality check, disclosure metadata, publication, upward submission. What
 * follows a publication (corrections, withdrawal) is {@link PublicationAmendments}.
 */
@Service
public class PublicationService {

    private final PublicationRepository publications;
    private final SuperiorSubmissionRepository submissions;
    private final IndexNumbers indexNumbers;
    private final DisclosureLists lists;
    private final DisclosureInput input;
    private final PublishedVersionRepository versions;
    private final ReportRepository reports;
    private final ReportQueries queries;
    private final ReportWorkflow workflow;
    private final History history;
    private final CurrentUser currentUser;
    private final StepTurns turns;
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
            DisclosureInput input,
            PublishedVersionRepository versions,
            ReportRepository reports,
            ReportQueries queries,
            ReportWorkflow workflow,
            History history,
            CurrentUser currentUser,
            StepTurns turns,
            Directory directory,
            ConflictRetry retry,
            Clock clock,
            @Value("${reportflow.bureau.organisation-code}") String organisationCode,
            @Value("${reportflow.bureau.name}") String bureauName) {
        this.publications = publications;
        this.submissions = submissions;
        this.indexNumbers = indexNumbers;
        this.lists = lists;
        this.input = input;
        this.versions = versions;
        this.reports = reports;
        this.queries = queries;
        this.workflow = workflow;
        this.history = history;
        this.currentUser = currentUser;
        this.turns = turns;
        this.directory = directory;
        this.retry = retry;
        this.clock = clock;
        this.organisationCode = organisationCode;
        this.bureauName = bureauName;
    }

    /** The text as it stands: the signed text until publication, then the published one with its corrections. */
    @Transactional(readOnly = true)
    public ReportDocument document(long reportId) {
        return asItStands(reportId, queries.document(reportId));
    }

    /**
     * What the publish screen shows and offers, in one read: the text as it stands, whether the signed-in person may
     * publish or record a submission now, the publication and the submissions so far, and, while it may be
     * published, the metadata a publisher would start from.
     */
    @Transactional(readOnly = true)
    public PublishScreen screen(long reportId) {
        Actor actor = currentUser.require();
        ReportAccess.requireReadReports(actor);
        ReportDocument signed = queries.documentOf(reportId);
        ReportDocument current = asItStands(reportId, signed);
        Set<Step> turn = turns.open(actor, Role.COORDINATOR, reportId);
        boolean mayPublish = turn.contains(Step.PUBLISH_REPORT);
        return new PublishScreen(
                current,
                mayPublish,
                turn.contains(Step.SUBMIT_TO_SUPERIOR),
                publications.findById(reportId),
                submissions.findByReportIdOrderByIdAsc(reportId),
                mayPublish ? suggestedMetadata(signed) : null);
    }

    /** Metadata prefilled as a publisher would start: today's dates, the bureau's full name. */
    public DisclosureMetadata suggestedMetadata(long reportId) {
        return suggestedMetadata(queries.document(reportId));
    }

    private DisclosureMetadata suggestedMetadata(ReportDocument document) {
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
        DisclosureMetadata checked = input.checked(metadata);
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
            report.published();
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

    private ReportDocument asItStands(long reportId, ReportDocument signed) {
        return versions.findFirstByReportIdOrderByNumberDesc(reportId)
                .map(PublishedVersion::document)
                .orElse(signed);
    }

    private boolean mayAct(Step step, long reportId) {
        return turns.isTurn(currentUser.require(), Role.COORDINATOR, step, reportId);
    }
}
