package com.reportflow;

import static com.reportflow.TestUsers.as;

import com.reportflow.deliberation.Deliberation;
import com.reportflow.deliberation.DeliberationService;
import com.reportflow.publication.Publication;
import com.reportflow.publication.PublicationService;
import com.reportflow.publication.SuperiorSubmission;
import com.reportflow.report.History;
import com.reportflow.report.HistoryEntry;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.Report;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportRepository;
import com.reportflow.report.ReportStage;
import com.reportflow.workflow.WorkItem;
import com.reportflow.workflow.WorkQueries;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everything a person could notice about one report, read straight from the store: the report, each section's
 * status, text and version, the history, the open tasks with their holders, the deliberations, the publication and
 * the submissions. Two states are equal when nothing about the report changed.
 */
public record ReportState(
        ReportStage stage,
        String title,
        String issuer,
        LocalDate closingDate,
        boolean officeHeadCheck,
        String signedBy,
        Instant signedAt,
        long version,
        List<OutlineEntry> sections,
        List<String> history,
        List<WorkItem> openTasks,
        List<String> deliberations,
        String indexNumber,
        List<String> submissions,
        List<String> revisions,
        List<String> opinions) {

    public static ReportState of(ApplicationContext context, long reportId) {
        Report report =
                context.getBean(ReportRepository.class).findById(reportId).orElseThrow();
        List<OutlineEntry> sections =
                context.getBean(ReportQueries.class).documentOf(reportId).entries();
        List<String> history = context.getBean(History.class).ofReport(reportId).stream()
                .map(ReportState::describe)
                .toList();
        List<WorkItem> tasks = context.getBean(WorkQueries.class).openTasks().stream()
                .filter(t -> t.reportId() == reportId)
                .sorted(Comparator.comparing(WorkItem::taskId))
                .toList();
        List<String> deliberations =
                as("coordinator", () -> context.getBean(DeliberationService.class)
                                .records(reportId))
                        .stream()
                        .map(ReportState::describe)
                        .toList();
        PublicationService publication = context.getBean(PublicationService.class);
        String indexNumber = as("coordinator", () -> publication.publication(reportId))
                .map(Publication::getIndexNumber)
                .orElse(null);
        List<String> submissions = as("coordinator", () -> publication.submissions(reportId)).stream()
                .map(ReportState::describe)
                .toList();
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        List<String> revisions = jdbc.queryForList(
                "select concat(section_id, ' ', revision_number, ' ', submitted_by) from section_revision"
                        + " where report_id = ? order by id",
                String.class,
                reportId);
        List<String> opinions = jdbc.queryForList(
                "select concat(revision_id, ' ', conclusion, ' ', reviewer) from review_opinion"
                        + " where report_id = ? order by id",
                String.class,
                reportId);
        return new ReportState(
                report.getStage(),
                report.getTitle(),
                report.getIssuer(),
                report.getClosingDate(),
                report.isOfficeHeadCheck(),
                report.getSignedBy(),
                report.getSignedAt(),
                report.getVersion(),
                sections,
                history,
                tasks,
                deliberations,
                indexNumber,
                submissions,
                revisions,
                opinions);
    }

    public OutlineEntry section(long sectionId) {
        return sections.stream()
                .filter(s -> s.sectionId() == sectionId)
                .findFirst()
                .orElseThrow();
    }

    private static String describe(HistoryEntry h) {
        return h.getId() + " " + h.getAction() + " " + h.getActor() + " " + h.getSectionId() + " " + h.getComment();
    }

    private static String describe(Deliberation d) {
        return d.getId() + " " + d.getMeetingName() + " " + d.getOutcome() + " " + d.getNotes();
    }

    private static String describe(SuperiorSubmission s) {
        return s.getRecipient() + " " + s.getSubmittedOn() + " " + s.getChannel();
    }
}
