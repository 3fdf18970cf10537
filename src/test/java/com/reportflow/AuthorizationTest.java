package com.reportflow;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.reportflow.compilation.CompilationService;
import com.reportflow.deliberation.DeliberationService;
import com.reportflow.directory.Directory;
import com.reportflow.drafting.DraftingService;
import com.reportflow.inbox.InboxService;
import com.reportflow.inbox.TaskRow;
import com.reportflow.monitoring.MonitoringService;
import com.reportflow.monitoring.SectionProgress;
import com.reportflow.notification.NotificationService;
import com.reportflow.notification.TaskAlerts;
import com.reportflow.publication.PublicationService;
import com.reportflow.publication.SuperiorSubmission;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.HistoryEntry;
import com.reportflow.report.LegalOpinion;
import com.reportflow.report.NewReport;
import com.reportflow.report.OpinionAspect;
import com.reportflow.report.OutlineEditing;
import com.reportflow.report.OutlineTemplate;
import com.reportflow.report.ReportPlanning;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportRepository;
import com.reportflow.report.ReportStage;
import com.reportflow.report.SectionStatus;
import com.reportflow.review.ReviewService;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.shared.UserFacingException;
import com.reportflow.signoff.SignOffService;
import com.reportflow.workflow.Decision;
import com.reportflow.workflow.DeliberationOutcome;
import com.reportflow.workflow.ReportWorkflow;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.WorkItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every demo user against every action of the services, with the ids a forged request could carry. The permitted
 * person succeeds at the right step; everyone else is refused with a message, and nothing about the report changes.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationTest {

    static final List<String> EVERYONE = List.of(
            "coordinator",
            "author",
            "author2",
            "officehead",
            "hr",
            "inspector",
            "policy",
            "advisor",
            "secretary",
            "director",
            "admin");
    static final List<String> NOT_COORDINATOR = allBut("coordinator");
    static final List<String> NOT_AN_AUTHOR_OF_THE_OFFICE = allBut("author", "author2");
    static final List<String> NOT_THE_OFFICE_HEAD = allBut("officehead");
    static final List<String> NOT_THE_ADVISOR = allBut("advisor");
    static final List<String> NOT_THE_SECRETARY = allBut("secretary");
    static final List<String> NOT_THE_DIRECTOR = allBut("director");
    static final List<String> REPORT_READERS = List.of("coordinator", "advisor", "secretary", "director", "admin");
    static final List<String> NOT_REPORT_READERS = allBut(REPORT_READERS.toArray(String[]::new));
    static final List<String> SECTION_READERS =
            List.of("coordinator", "advisor", "secretary", "director", "admin", "author", "author2", "officehead");
    static final List<String> NOT_SECTION_READERS = allBut(SECTION_READERS.toArray(String[]::new));
    static final List<String> MONITORS = List.of("coordinator", "admin");
    static final List<String> NOT_MONITORS = allBut("coordinator", "admin");
    static final List<String> NOT_THE_RECIPIENT = allBut("author");

    static final long FORGED_ID = 999_999_999L;

    @Autowired
    ApplicationContext context;

    @Autowired
    ReportPlanning planning;

    @Autowired
    Directory directory;

    @Autowired
    ReportRepository reports;

    @Autowired
    ReportQueries queries;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    DraftingService drafting;

    @Autowired
    ReviewService review;

    @Autowired
    CompilationService compilation;

    @Autowired
    DeliberationService deliberation;

    @Autowired
    SignOffService signOff;

    @Autowired
    PublicationService publication;

    @Autowired
    InboxService inbox;

    @Autowired
    MonitoringService monitoring;

    @Autowired
    TaskAlerts alerts;

    @Autowired
    NotificationService notifications;

    @Autowired
    OutlineEditing outline;

    ReportSteps steps;

    /** Shared by the refusal tests, which change nothing; tests that succeed open their own reports. */
    long draftingReport;

    long draftSection;
    long sectionUnderReview;
    long approvedSection;
    long heading;
    long officeCheckReport;
    long sectionInOfficeCheck;
    long compilingReport;
    long deliberatingReport;
    long signingReport;
    long publishingReport;
    long authorsReminder;

    @BeforeAll
    void openReportsAtEachStep() {
        steps = new ReportSteps(context);
        draftingReport = steps.drafting(false);
        List<Long> sections = steps.sectionIds(draftingReport);
        draftSection = sections.get(0);
        sectionUnderReview = sections.get(1);
        approvedSection = sections.get(2);
        heading = steps.headingIds(draftingReport).getFirst();
        steps.submit("author", sectionUnderReview, "待审查的正文");
        steps.submit("author", approvedSection, "已通过的正文");
        as("advisor", () -> review.approve(approvedSection));

        officeCheckReport = steps.drafting(true);
        sectionInOfficeCheck = steps.sectionIds(officeCheckReport).getFirst();
        steps.submit("author", sectionInOfficeCheck, "待科室审核的正文");

        compilingReport = steps.compiling();
        deliberatingReport = steps.deliberating("待审议的报告");
        signingReport = steps.signing("待签发的报告");
        publishingReport = steps.publishing("待公开的报告");

        alerts.remind("draftSection", draftSection);
        authorsReminder =
                as("author", () -> notifications.mine(0, 1)).getFirst().id();
    }

    // --- report creation and planning ---------------------------------------------------------------------------

    @ParameterizedTest
    @FieldSource("NOT_COORDINATOR")
    void only_the_coordinator_creates_and_starts_a_report(String user) {
        NewReport command = newReport();
        long reportsBefore = reports.count();
        int tasksBefore = workflow.openTasks().size();

        assertThatThrownBy(() -> as(user, () -> planning.createAndStart(command)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(reports.count()).isEqualTo(reportsBefore);
        assertThat(workflow.openTasks()).hasSize(tasksBefore);
    }

    @ParameterizedTest
    @FieldSource("NOT_COORDINATOR")
    void only_the_coordinator_switches_the_office_head_check(String user) {
        refused(
                user,
                draftingReport,
                AccessDeniedException.class,
                () -> planning.setOfficeHeadCheck(draftingReport, true));
    }

    @ParameterizedTest
    @FieldSource("NOT_COORDINATOR")
    void only_the_coordinator_changes_the_outline_of_a_running_report(String user) {
        long office = directory.officeByCode("RSK").orElseThrow().getId();
        LocalDate due = LocalDate.now().plusDays(5);
        refused(
                user,
                draftingReport,
                AccessDeniedException.class,
                () -> outline.addSection(draftingReport, heading, "越权增加的章节", office, due));
        refused(
                user,
                draftingReport,
                AccessDeniedException.class,
                () -> outline.addHeading(draftingReport, null, "越权"));
        refused(
                user,
                draftingReport,
                AccessDeniedException.class,
                () -> outline.rename(draftSection, "依法全面履行政府职能", "越权改名"));
        refused(user, draftingReport, AccessDeniedException.class, () -> outline.move(draftSection, 1));
        refused(user, draftingReport, AccessDeniedException.class, () -> outline.moveUnder(draftSection, null));
        refused(user, draftingReport, AccessDeniedException.class, () -> outline.remove(draftSection));
        assertThat(as(user, () -> outline.mayEdit(draftingReport))).isFalse();
    }

    @Test
    void the_outline_of_a_report_past_drafting_does_not_change_even_for_the_coordinator() {
        long section = steps.sectionIds(compilingReport).getFirst();
        refusedWith(
                "coordinator",
                compilingReport,
                "error.outline.closed",
                () -> outline.rename(section, "依法全面履行政府职能", "汇编后改名"));
        refusedWith("coordinator", compilingReport, "error.outline.closed", () -> outline.remove(section));
        refusedWith(
                "coordinator",
                compilingReport,
                "error.outline.closed",
                () -> outline.addHeading(compilingReport, null, "汇编后增加"));
    }

    @Test
    void the_coordinator_creates_a_report_and_switches_its_office_head_check() {
        long reportId = as("coordinator", () -> planning.createAndStart(newReport()));
        assertThat(stage(reportId)).isEqualTo(ReportStage.DRAFTING);
        assertThat(steps.sectionIds(reportId)).hasSize(11);

        as("coordinator", () -> planning.setOfficeHeadCheck(reportId, true));

        assertThat(reports.findById(reportId).orElseThrow().isOfficeHeadCheck()).isTrue();
        assertThat(as("coordinator", () -> queries.reportHistory(reportId)))
                .extracting(HistoryEntry::getAction)
                .containsExactly(HistoryAction.REPORT_CREATED, HistoryAction.OFFICE_CHECK_SWITCHED);
    }

    // --- drafting in the office --------------------------------------------------------------------------------

    @ParameterizedTest
    @FieldSource("NOT_AN_AUTHOR_OF_THE_OFFICE")
    void only_an_author_of_the_office_saves_a_section(String user) {
        long version = version(draftSection);
        refused(
                user,
                draftingReport,
                AccessDeniedException.class,
                () -> drafting.save(draftSection, version, "越权写入的正文"));
    }

    @ParameterizedTest
    @FieldSource("NOT_AN_AUTHOR_OF_THE_OFFICE")
    void only_an_author_of_the_office_submits_a_section(String user) {
        long version = version(draftSection);
        refused(
                user,
                draftingReport,
                AccessDeniedException.class,
                () -> drafting.submit(draftSection, version, "越权提交的正文"));
    }

    @ParameterizedTest
    @FieldSource("NOT_AN_AUTHOR_OF_THE_OFFICE")
    void only_an_author_of_the_office_takes_a_section(String user) {
        refused(user, draftingReport, AccessDeniedException.class, () -> drafting.take(draftSection));
    }

    @Test
    void an_author_of_another_office_can_neither_read_nor_save_the_offices_section() {
        long version = version(draftSection);
        refused("inspector", draftingReport, AccessDeniedException.class, () -> queries.section(draftSection));
        refused("inspector", draftingReport, AccessDeniedException.class, () -> drafting.section(draftSection));
        refused(
                "inspector",
                draftingReport,
                AccessDeniedException.class,
                () -> drafting.save(draftSection, version, "督导室写入的正文"));
        assertThat(as("inspector", () -> drafting.mayEdit(draftSection))).isFalse();
    }

    @Test
    void the_legal_advisor_reads_a_section_but_cannot_save_its_text() {
        long version = version(draftSection);
        assertThat(as("advisor", () -> queries.section(draftSection)).sectionId())
                .isEqualTo(draftSection);
        refused(
                "advisor",
                draftingReport,
                AccessDeniedException.class,
                () -> drafting.save(draftSection, version, "顾问改写的正文"));
        refused(
                "advisor",
                draftingReport,
                AccessDeniedException.class,
                () -> drafting.save(sectionUnderReview, version(sectionUnderReview), "顾问改写的正文"));
        assertThat(as("advisor", () -> drafting.mayEdit(draftSection))).isFalse();
    }

    @Test
    void authors_of_the_office_take_save_and_submit_their_sections() {
        long reportId = steps.drafting(false);
        long first = steps.sectionIds(reportId).get(0);
        long second = steps.sectionIds(reportId).get(1);

        as("author", () -> drafting.take(first));
        assertThat(openTask(reportId, first).assignee()).isEqualTo("author");
        long saved = as("author", () -> drafting.save(first, version(first), "第一稿"));
        assertThat(as("author", () -> drafting.section(first))).satisfies(s -> {
            assertThat(s.body()).isEqualTo("第一稿");
            assertThat(s.version()).isEqualTo(saved);
        });
        as("author", () -> drafting.submit(first, saved, "定稿"));
        as("author2", () -> drafting.submit(second, version(second), "孙芳的稿"));

        assertThat(status(first)).isEqualTo(SectionStatus.LEGAL_REVIEW);
        assertThat(status(second)).isEqualTo(SectionStatus.LEGAL_REVIEW);
        assertThat(openTask(reportId, first).step()).isEqualTo(Step.LEGALITY_REVIEW);
    }

    // --- the office head's check -------------------------------------------------------------------------------

    @ParameterizedTest
    @FieldSource("NOT_THE_OFFICE_HEAD")
    void only_the_office_head_of_the_office_approves_or_returns_a_draft_in_the_office(String user) {
        refused(
                user,
                officeCheckReport,
                AccessDeniedException.class,
                () -> drafting.approveInOffice(sectionInOfficeCheck));
        refused(
                user,
                officeCheckReport,
                AccessDeniedException.class,
                () -> drafting.returnInOffice(sectionInOfficeCheck, "请修改"));
    }

    @Test
    void the_office_head_approves_one_draft_and_returns_another() {
        long reportId = steps.drafting(true);
        long first = steps.sectionIds(reportId).get(0);
        long second = steps.sectionIds(reportId).get(1);
        steps.submit("author", first, "初稿一");
        steps.submit("author", second, "初稿二");

        as("officehead", () -> drafting.approveInOffice(first));
        as("officehead", () -> drafting.returnInOffice(second, "数据需核实。"));

        assertThat(status(first)).isEqualTo(SectionStatus.LEGAL_REVIEW);
        assertThat(status(second)).isEqualTo(SectionStatus.RETURNED);
        assertThat(as("author", () -> drafting.section(second)).latestReturn().getComment())
                .isEqualTo("数据需核实。");
    }

    // --- legality review ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @FieldSource("NOT_THE_ADVISOR")
    void only_the_legal_advisor_takes_approves_or_returns_a_section(String user) {
        refused(user, draftingReport, AccessDeniedException.class, () -> review.take(sectionUnderReview));
        refused(user, draftingReport, AccessDeniedException.class, () -> review.approve(sectionUnderReview));
        refused(
                user,
                draftingReport,
                AccessDeniedException.class,
                () -> review.returnWithOpinion(sectionUnderReview, "缺少法律依据"));
        refused(
                user,
                draftingReport,
                AccessDeniedException.class,
                () -> review.decide(
                        sectionUnderReview,
                        1,
                        new LegalOpinion(Decision.RETURN, Map.of(OpinionAspect.AUTHORITY, "越权意见"), "", 1)));
    }

    @ParameterizedTest
    @FieldSource("NOT_AN_AUTHOR_OF_THE_OFFICE")
    void only_an_author_of_the_office_withdraws_a_submission(String user) {
        refused(user, draftingReport, AccessDeniedException.class, () -> drafting.withdraw(sectionUnderReview));
        refused(user, officeCheckReport, AccessDeniedException.class, () -> drafting.withdraw(sectionInOfficeCheck));
        assertThat(as(user, () -> drafting.mayWithdraw(sectionUnderReview))).isFalse();
    }

    @Test
    void nobody_withdraws_a_section_that_was_never_submitted_or_was_already_approved() {
        for (long sectionId : List.of(draftSection, approvedSection)) {
            assertThatThrownBy(() -> as("author", () -> drafting.withdraw(sectionId)))
                    .isInstanceOf(UserFacingException.class);
        }
        assertThat(status(draftSection)).isEqualTo(SectionStatus.DRAFTING);
        assertThat(status(approvedSection)).isEqualTo(SectionStatus.APPROVED);
    }

    @Test
    void the_legal_advisor_takes_and_approves_one_section_and_returns_another() {
        long reportId = steps.drafting(false);
        long first = steps.sectionIds(reportId).get(0);
        long second = steps.sectionIds(reportId).get(1);
        steps.submit("author", first, "初稿一");
        steps.submit("author", second, "初稿二");

        as("advisor", () -> review.take(first));
        assertThat(openTask(reportId, first).assignee()).isEqualTo("advisor");
        as("advisor", () -> review.approve(first));
        as("advisor", () -> review.returnWithOpinion(second, "第三段缺少法律依据。"));

        assertThat(status(first)).isEqualTo(SectionStatus.APPROVED);
        assertThat(status(second)).isEqualTo(SectionStatus.RETURNED);
        assertThat(openTask(reportId, second).step()).isEqualTo(Step.DRAFT_SECTION);
    }

    // --- the report's own steps --------------------------------------------------------------------------------

    @ParameterizedTest
    @FieldSource("NOT_COORDINATOR")
    void only_the_coordinator_compiles_the_report(String user) {
        refused(
                user,
                compilingReport,
                AccessDeniedException.class,
                () -> compilation.sendToDeliberation(compilingReport, "越权汇编", "某某市教育局", LocalDate.now()));
    }

    @ParameterizedTest
    @FieldSource("NOT_THE_SECRETARY")
    void only_the_secretary_records_a_deliberation(String user) {
        long sectionId = steps.sectionIds(deliberatingReport).getFirst();
        refused(
                user,
                deliberatingReport,
                AccessDeniedException.class,
                () -> deliberation.record(
                        deliberatingReport, "2026年第1次党组会议", LocalDate.now(), DeliberationOutcome.PASSED, Set.of(), ""));
        refused(
                user,
                deliberatingReport,
                AccessDeniedException.class,
                () -> deliberation.record(
                        deliberatingReport,
                        "2026年第1次党组会议",
                        LocalDate.now(),
                        DeliberationOutcome.RETURNED,
                        Set.of(sectionId),
                        "请充实"));
    }

    @ParameterizedTest
    @FieldSource("NOT_THE_DIRECTOR")
    void only_the_director_signs_the_report_off(String user) {
        refused(user, signingReport, AccessDeniedException.class, () -> signOff.signOff(signingReport));
        assertThat(as(user, () -> signOff.maySign(signingReport))).isFalse();
    }

    @ParameterizedTest
    @FieldSource("NOT_COORDINATOR")
    void only_the_coordinator_publishes_and_records_the_submission_upward(String user) {
        refused(
                user,
                publishingReport,
                AccessDeniedException.class,
                () -> publication.publish(publishingReport, true, ReportSteps.metadata()));
        refused(
                user,
                publishingReport,
                AccessDeniedException.class,
                () -> publication.recordSubmission(
                        publishingReport, "市教育局", LocalDate.now(), SuperiorSubmission.Channel.PAPER));
    }

    @Test
    void each_report_step_is_done_once_by_its_person_and_a_second_attempt_finds_the_task_gone() {
        long reportId = steps.compiling();

        as(
                "coordinator",
                () -> compilation.sendToDeliberation(reportId, "2025年度法治政府建设情况报告", "某某市教育局", LocalDate.now()));
        assertThat(stage(reportId)).isEqualTo(ReportStage.DELIBERATING);
        refusedWith(
                "coordinator",
                reportId,
                "error.task-gone",
                () -> compilation.sendToDeliberation(reportId, "再次汇编", "某某市教育局", LocalDate.now()));

        as(
                "secretary",
                () -> deliberation.record(
                        reportId, "2026年第3次党组会议", LocalDate.now(), DeliberationOutcome.PASSED, Set.of(), ""));
        assertThat(stage(reportId)).isEqualTo(ReportStage.SIGNING);
        refusedWith(
                "secretary",
                reportId,
                "error.task-gone",
                () -> deliberation.record(
                        reportId, "2026年第4次党组会议", LocalDate.now(), DeliberationOutcome.PASSED, Set.of(), ""));

        as("director", () -> signOff.signOff(reportId));
        assertThat(stage(reportId)).isEqualTo(ReportStage.PUBLISHING);
        assertThat(reports.findById(reportId).orElseThrow().getSignedBy()).isEqualTo("director");
        refusedWith("director", reportId, "error.task-gone", () -> signOff.signOff(reportId));

        as("coordinator", () -> publication.publish(reportId, true, ReportSteps.metadata()));
        assertThat(stage(reportId)).isEqualTo(ReportStage.PUBLISHED);
        refusedWith(
                "coordinator",
                reportId,
                "error.task-gone",
                () -> publication.publish(reportId, true, ReportSteps.metadata()));

        as(
                "coordinator",
                () -> publication.recordSubmission(
                        reportId, "市教育局", LocalDate.now(), SuperiorSubmission.Channel.DOCUMENT_EXCHANGE));
        assertThat(as("coordinator", () -> publication.submissions(reportId))).hasSize(1);
        refusedWith(
                "coordinator",
                reportId,
                "error.task-gone",
                () -> publication.recordSubmission(
                        reportId, "市教育局", LocalDate.now(), SuperiorSubmission.Channel.DOCUMENT_EXCHANGE));
        assertThat(workflow.openTasks()).noneMatch(t -> t.reportId() == reportId);
    }

    // --- reading -----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @FieldSource("SECTION_READERS")
    void the_report_roles_and_the_offices_people_read_a_section(String user) {
        assertThat(as(user, () -> queries.section(draftSection)).sectionId()).isEqualTo(draftSection);
    }

    @ParameterizedTest
    @FieldSource("NOT_SECTION_READERS")
    void people_of_other_offices_cannot_read_a_section(String user) {
        refused(user, draftingReport, AccessDeniedException.class, () -> queries.section(draftSection));
        refused(user, draftingReport, AccessDeniedException.class, () -> queries.section(sectionUnderReview));
    }

    @ParameterizedTest
    @FieldSource("REPORT_READERS")
    void the_report_roles_read_the_whole_report_and_its_history(String user) {
        assertThat(as(user, () -> queries.document(draftingReport)).reportId()).isEqualTo(draftingReport);
        assertThat(as(user, () -> queries.reportHistory(draftingReport))).isNotEmpty();
        assertThat(as(user, () -> queries.summary(draftingReport)).id()).isEqualTo(draftingReport);
    }

    @ParameterizedTest
    @FieldSource("NOT_REPORT_READERS")
    void authors_and_office_heads_cannot_read_the_whole_report_or_its_history(String user) {
        refused(user, draftingReport, AccessDeniedException.class, () -> queries.document(draftingReport));
        refused(user, draftingReport, AccessDeniedException.class, () -> queries.reportHistory(draftingReport));
        refused(user, draftingReport, AccessDeniedException.class, () -> queries.summary(draftingReport));
        refused(user, draftingReport, AccessDeniedException.class, () -> queries.reports(0, 10));
    }

    @ParameterizedTest
    @FieldSource("EVERYONE")
    void the_inbox_lists_only_the_tasks_the_person_may_do(String user) {
        List<TaskRow> rows = as(user, () -> inbox.inbox(0, (int) Math.max(1, inbox.inboxCount())));

        List<Step> draftingReportSteps = rows.stream()
                .filter(r -> r.reportId() == draftingReport)
                .map(TaskRow::step)
                .toList();
        List<Step> officeCheckSteps = rows.stream()
                .filter(r -> r.reportId() == officeCheckReport)
                .map(TaskRow::step)
                .toList();
        switch (user) {
            case "author", "author2" -> {
                assertThat(draftingReportSteps).hasSize(9).containsOnly(Step.DRAFT_SECTION);
                assertThat(officeCheckSteps).hasSize(10).containsOnly(Step.DRAFT_SECTION);
            }
            case "officehead" -> {
                assertThat(draftingReportSteps).isEmpty();
                assertThat(officeCheckSteps).containsExactly(Step.OFFICE_CHECK);
            }
            case "advisor" -> {
                assertThat(draftingReportSteps).containsExactly(Step.LEGALITY_REVIEW);
                assertThat(officeCheckSteps).isEmpty();
            }
            default -> {
                assertThat(draftingReportSteps).isEmpty();
                assertThat(officeCheckSteps).isEmpty();
            }
        }
        assertThat(rows)
                .filteredOn(r -> r.reportId() == signingReport)
                .extracting(TaskRow::step)
                .isEqualTo(user.equals("director") ? List.of(Step.SIGN_OFF) : List.of());
    }

    @ParameterizedTest
    @FieldSource("MONITORS")
    void the_coordinator_and_the_admin_monitor_every_report(String user) {
        assertThat(as(user, () -> monitoring.reports()))
                .anyMatch(r -> r.summary().id() == draftingReport)
                .filteredOn(r -> r.summary().id() == signingReport)
                .singleElement()
                .satisfies(r -> assertThat(r.openStep()).isEqualTo(Step.SIGN_OFF));
        assertThat(as(user, () -> monitoring.sections(draftingReport)))
                .extracting(SectionProgress::sectionId)
                .contains(draftSection, sectionUnderReview);
    }

    @ParameterizedTest
    @FieldSource("NOT_MONITORS")
    void nobody_else_monitors_reports(String user) {
        refused(user, draftingReport, AccessDeniedException.class, () -> monitoring.reports());
        refused(user, draftingReport, AccessDeniedException.class, () -> monitoring.sections(draftingReport));
    }

    // --- notifications ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @FieldSource("NOT_THE_RECIPIENT")
    void only_the_recipient_sees_a_notification_and_marks_it_read(String user) {
        assertThatThrownBy(() -> as(user, () -> notifications.markRead(authorsReminder)))
                .isInstanceOf(AccessDeniedException.class);
        as(user, () -> notifications.markAllRead());

        assertThat(as(user, () -> notifications.mine(0, 1000))).noneMatch(row -> row.id() == authorsReminder);
        assertThat(as("author", () -> notifications.mine(0, 1000)))
                .filteredOn(row -> row.id() == authorsReminder)
                .singleElement()
                .satisfies(row -> assertThat(row.read()).as("still unread").isFalse());
    }

    @Test
    void the_recipient_marks_their_notification_read() {
        long sectionId = steps.sectionIds(steps.drafting(false)).getFirst();
        alerts.remind("draftSection", sectionId);
        long reminder = as("author2", () -> notifications.mine(0, 1)).getFirst().id();
        long unread = as("author2", () -> notifications.unreadCount());

        as("author2", () -> notifications.markRead(reminder));

        assertThat(as("author2", () -> notifications.unreadCount())).isEqualTo(unread - 1);
        assertThat(as("author2", () -> notifications.mine(0, 1000)))
                .filteredOn(row -> row.id() == reminder)
                .singleElement()
                .satisfies(row -> assertThat(row.read()).isTrue());
    }

    @Test
    void a_request_without_a_signed_in_person_is_refused_everywhere() {
        SecurityContextHolder.clearContext();
        long version = version(draftSection);
        List<Runnable> actions = List.of(
                () -> planning.createAndStart(newReport()),
                () -> planning.setOfficeHeadCheck(draftingReport, true),
                () -> drafting.save(draftSection, version, "匿名"),
                () -> drafting.submit(draftSection, version, "匿名"),
                () -> drafting.take(draftSection),
                () -> drafting.approveInOffice(sectionInOfficeCheck),
                () -> review.approve(sectionUnderReview),
                () -> review.take(sectionUnderReview),
                () -> compilation.sendToDeliberation(compilingReport, "匿名", "某某市教育局", LocalDate.now()),
                () -> deliberation.record(
                        deliberatingReport, "会议", LocalDate.now(), DeliberationOutcome.PASSED, Set.of(), ""),
                () -> signOff.signOff(signingReport),
                () -> publication.publish(publishingReport, true, ReportSteps.metadata()),
                () -> queries.section(draftSection),
                () -> queries.document(draftingReport),
                () -> queries.reportHistory(draftingReport),
                () -> inbox.inbox(0, 10),
                () -> inbox.done(0, 10),
                () -> monitoring.reports(),
                () -> notifications.mine(0, 10),
                () -> notifications.unreadCount(),
                () -> notifications.markRead(authorsReminder),
                () -> notifications.markAllRead());
        for (long reportId : List.of(
                draftingReport,
                officeCheckReport,
                compilingReport,
                deliberatingReport,
                signingReport,
                publishingReport)) {
            ReportState before = ReportState.of(context, reportId);
            for (Runnable action : actions) {
                assertThatThrownBy(action::run).isInstanceOf(AccessDeniedException.class);
            }
            assertThat(ReportState.of(context, reportId)).isEqualTo(before);
        }
    }

    // --- forged ids and actions at the wrong step --------------------------------------------------------------

    Stream<Arguments> actionsOnAForgedId() {
        return Stream.of(
                action("drafting.save", "author", id -> drafting.save(id, 0, "正文")),
                action("drafting.submit", "author", id -> drafting.submit(id, 0, "正文")),
                action("drafting.take", "author", id -> drafting.take(id)),
                action("drafting.release", "author", id -> drafting.release(id)),
                action("drafting.mayEdit", "author", id -> drafting.mayEdit(id)),
                action("drafting.approveInOffice", "officehead", id -> drafting.approveInOffice(id)),
                action("drafting.returnInOffice", "officehead", id -> drafting.returnInOffice(id, "意见")),
                action("review.take", "advisor", id -> review.take(id)),
                action("review.approve", "advisor", id -> review.approve(id)),
                action("review.returnWithOpinion", "advisor", id -> review.returnWithOpinion(id, "意见")),
                action("queries.section", "coordinator", id -> queries.section(id)),
                action("planning.setOfficeHeadCheck", "coordinator", id -> planning.setOfficeHeadCheck(id, true)),
                action(
                        "compilation.sendToDeliberation",
                        "coordinator",
                        id -> compilation.sendToDeliberation(id, "标题", "某某市教育局", LocalDate.now())),
                action(
                        "deliberation.record",
                        "secretary",
                        id -> deliberation.record(id, "会议", LocalDate.now(), DeliberationOutcome.PASSED, Set.of(), "")),
                action("signOff.signOff", "director", id -> signOff.signOff(id)),
                action(
                        "publication.publish",
                        "coordinator",
                        id -> publication.publish(id, true, ReportSteps.metadata())),
                action(
                        "publication.recordSubmission",
                        "coordinator",
                        id -> publication.recordSubmission(
                                id, "市教育局", LocalDate.now(), SuperiorSubmission.Channel.PAPER)),
                action("queries.document", "coordinator", id -> queries.document(id)),
                action("queries.reportHistory", "coordinator", id -> queries.reportHistory(id)),
                action("queries.summary", "coordinator", id -> queries.summary(id)),
                action("monitoring.sections", "admin", id -> monitoring.sections(id)),
                action("deliberation.records", "secretary", id -> deliberation.records(id)),
                action("publication.publication", "coordinator", id -> publication.publication(id)),
                action("publication.submissions", "coordinator", id -> publication.submissions(id)),
                action("notifications.markRead", "author", id -> notifications.markRead(id)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("actionsOnAForgedId")
    void an_id_that_names_nothing_is_refused_as_not_found(LongConsumer action, String user) {
        long reportsBefore = reports.count();
        int tasksBefore = workflow.openTasks().size();

        assertThatThrownBy(() -> as(user, () -> action.accept(FORGED_ID))).isInstanceOf(NotFoundException.class);

        assertThat(reports.count()).isEqualTo(reportsBefore);
        assertThat(workflow.openTasks()).hasSize(tasksBefore);
    }

    @Test
    void a_heading_is_no_section_anyone_can_read_or_write() {
        refused("coordinator", draftingReport, NotFoundException.class, () -> queries.section(heading));
        refused("author", draftingReport, UserFacingException.class, () -> drafting.save(heading, 0, "写入标题"));
        refused("author", draftingReport, UserFacingException.class, () -> drafting.submit(heading, 0, "写入标题"));
        refused("advisor", draftingReport, UserFacingException.class, () -> review.approve(heading));
    }

    @Test
    void a_deliberation_cannot_send_back_a_section_of_another_report() {
        long foreignSection = steps.sectionIds(compilingReport).getFirst();
        refusedWith(
                "secretary",
                deliberatingReport,
                "error.deliberation.unknown-section",
                () -> deliberation.record(
                        deliberatingReport,
                        "2026年第1次党组会议",
                        LocalDate.now(),
                        DeliberationOutcome.RETURNED,
                        Set.of(foreignSection),
                        "请充实"));
        refusedWith(
                "secretary",
                deliberatingReport,
                "error.deliberation.unknown-section",
                () -> deliberation.record(
                        deliberatingReport,
                        "2026年第1次党组会议",
                        LocalDate.now(),
                        DeliberationOutcome.RETURNED,
                        Set.of(FORGED_ID),
                        "请充实"));
        long headingOfTheReport = steps.headingIds(deliberatingReport).getFirst();
        refusedWith(
                "secretary",
                deliberatingReport,
                "error.deliberation.unknown-section",
                () -> deliberation.record(
                        deliberatingReport,
                        "2026年第1次党组会议",
                        LocalDate.now(),
                        DeliberationOutcome.RETURNED,
                        Set.of(headingOfTheReport),
                        "请充实"));
    }

    Stream<Arguments> actionsAtTheWrongStep() {
        return Stream.of(
                wrongStep(
                        "the advisor approves a section still in drafting",
                        "advisor",
                        "error.task-gone",
                        () -> draftingReport,
                        () -> review.approve(draftSection)),
                wrongStep(
                        "the advisor returns a section still in drafting",
                        "advisor",
                        "error.task-gone",
                        () -> draftingReport,
                        () -> review.returnWithOpinion(draftSection, "意见")),
                wrongStep(
                        "the advisor takes a section still in drafting",
                        "advisor",
                        "error.task-gone",
                        () -> draftingReport,
                        () -> review.take(draftSection)),
                wrongStep(
                        "the advisor approves an approved section",
                        "advisor",
                        "error.task-gone",
                        () -> draftingReport,
                        () -> review.approve(approvedSection)),
                wrongStep(
                        "the author submits a section under review",
                        "author",
                        "error.section.not-editable",
                        () -> draftingReport,
                        () -> drafting.submit(sectionUnderReview, version(sectionUnderReview), "改写")),
                wrongStep(
                        "the author saves a section under review",
                        "author",
                        "error.section.not-editable",
                        () -> draftingReport,
                        () -> drafting.save(sectionUnderReview, version(sectionUnderReview), "改写")),
                wrongStep(
                        "the author saves an approved section",
                        "author",
                        "error.section.not-editable",
                        () -> draftingReport,
                        () -> drafting.save(approvedSection, version(approvedSection), "改写")),
                wrongStep(
                        "the author takes a section under review",
                        "author",
                        "error.task-gone",
                        () -> draftingReport,
                        () -> drafting.take(sectionUnderReview)),
                wrongStep(
                        "the office head approves a section still in drafting",
                        "officehead",
                        "error.task-gone",
                        () -> officeCheckReport,
                        () -> drafting.approveInOffice(
                                steps.sectionIds(officeCheckReport).get(1))),
                wrongStep(
                        "the office head returns a section in legality review",
                        "officehead",
                        "error.task-gone",
                        () -> draftingReport,
                        () -> drafting.returnInOffice(sectionUnderReview, "意见")),
                wrongStep(
                        "the coordinator compiles a report still in drafting",
                        "coordinator",
                        "error.task-gone",
                        () -> draftingReport,
                        () -> compilation.sendToDeliberation(draftingReport, "标题", "某某市教育局", LocalDate.now())),
                wrongStep(
                        "the secretary records a deliberation before compilation",
                        "secretary",
                        "error.task-gone",
                        () -> compilingReport,
                        () -> deliberation.record(
                                compilingReport, "会议", LocalDate.now(), DeliberationOutcome.PASSED, Set.of(), "")),
                wrongStep(
                        "the director signs a report before deliberation",
                        "director",
                        "error.task-gone",
                        () -> deliberatingReport,
                        () -> signOff.signOff(deliberatingReport)),
                wrongStep(
                        "the coordinator publishes an unsigned report",
                        "coordinator",
                        "error.task-gone",
                        () -> signingReport,
                        () -> publication.publish(signingReport, true, ReportSteps.metadata())),
                wrongStep(
                        "the coordinator records the submission of an unsigned report",
                        "coordinator",
                        "error.task-gone",
                        () -> signingReport,
                        () -> publication.recordSubmission(
                                signingReport, "市教育局", LocalDate.now(), SuperiorSubmission.Channel.PAPER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actionsAtTheWrongStep")
    void an_action_at_the_wrong_step_is_refused_and_changes_nothing(
            Runnable action, String user, String key, java.util.function.LongSupplier reportId) {
        refusedWith(user, reportId.getAsLong(), key, action);
    }

    // --- tasks held and tasks gone -----------------------------------------------------------------------------

    @Test
    void a_section_taken_by_one_author_cannot_be_saved_submitted_or_taken_by_a_colleague() {
        long reportId = steps.drafting(false);
        long sectionId = steps.sectionIds(reportId).getFirst();
        as("author", () -> drafting.take(sectionId));
        long version = version(sectionId);

        for (Runnable action : List.<Runnable>of(
                () -> drafting.save(sectionId, version, "孙芳的改写"),
                () -> drafting.submit(sectionId, version, "孙芳的改写"),
                () -> drafting.take(sectionId))) {
            UserFacingException e = refusedWith("author2", reportId, "error.task-held-by-other", action);
            assertThat(e.args()).containsExactly("author");
        }
        assertThat(as("author2", () -> drafting.mayEdit(sectionId))).isFalse();
        refused("inspector", reportId, AccessDeniedException.class, () -> drafting.save(sectionId, version, "x"));

        as("author", () -> drafting.submit(sectionId, version, "钱磊的定稿"));
        assertThat(status(sectionId)).isEqualTo(SectionStatus.LEGAL_REVIEW);
    }

    @Test
    void deciding_on_a_section_someone_just_decided_on_finds_the_task_gone() {
        long reportId = steps.drafting(true);
        List<Long> sections = steps.sectionIds(reportId);
        long first = sections.get(0);
        long second = sections.get(1);
        steps.submit("author", first, "初稿");
        long loadedByAuthor2 = version(second);
        steps.submit("author", second, "钱磊提交的稿");

        refusedWith(
                "author2",
                reportId,
                "error.section.not-editable",
                () -> drafting.submit(second, loadedByAuthor2, "孙芳同时提交的稿"));
        assertThat(as("author", () -> drafting.section(second)).body()).isEqualTo("钱磊提交的稿");

        as("officehead", () -> drafting.approveInOffice(first));
        refusedWith("officehead", reportId, "error.task-gone", () -> drafting.approveInOffice(first));
        refusedWith("officehead", reportId, "error.task-gone", () -> drafting.returnInOffice(first, "再退回"));

        as("advisor", () -> review.approve(first));
        refusedWith("advisor", reportId, "error.task-gone", () -> review.approve(first));
        refusedWith("advisor", reportId, "error.task-gone", () -> review.returnWithOpinion(first, "再退回"));
        refusedWith("advisor", reportId, "error.task-gone", () -> review.take(first));
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private <E extends UserFacingException> E refused(String user, long reportId, Class<E> type, Runnable action) {
        ReportState before = ReportState.of(context, reportId);
        Throwable thrown = null;
        try {
            as(user, action);
        } catch (Throwable t) {
            thrown = t;
        }
        assertThat(thrown).as("%s is refused", user).isInstanceOf(type);
        assertThat(ReportState.of(context, reportId))
                .as("nothing changed after %s was refused", user)
                .isEqualTo(before);
        return type.cast(thrown);
    }

    private UserFacingException refusedWith(String user, long reportId, String messageKey, Runnable action) {
        UserFacingException e = refused(user, reportId, UserFacingException.class, action);
        assertThat(e.messageKey()).isEqualTo(messageKey);
        return e;
    }

    private static Arguments action(String name, String user, LongConsumer action) {
        return arguments(named(name, action), user);
    }

    private static Arguments wrongStep(
            String name, String user, String key, java.util.function.LongSupplier reportId, Runnable action) {
        return arguments(named(name, action), user, key, reportId);
    }

    private NewReport newReport() {
        List<NewReport.Assignment> assignments = new ArrayList<>();
        long officeId = directory.officeByCode(ReportSteps.OFFICE).orElseThrow().getId();
        for (OutlineTemplate.Leaf leaf : OutlineTemplate.statutory().leaves()) {
            assignments.add(new NewReport.Assignment(
                    leaf.index(), true, officeId, LocalDate.now().plusDays(30)));
        }
        int year = LocalDate.now().getYear() - 1;
        return new NewReport(year, year + "年度法治政府建设情况报告", false, assignments);
    }

    private long version(long sectionId) {
        return as("coordinator", () -> queries.section(sectionId)).version();
    }

    private SectionStatus status(long sectionId) {
        return as("coordinator", () -> queries.section(sectionId)).status();
    }

    private ReportStage stage(long reportId) {
        return reports.findById(reportId).orElseThrow().getStage();
    }

    private WorkItem openTask(long reportId, long sectionId) {
        return workflow.openTasks().stream()
                .filter(t -> t.reportId() == reportId && t.sectionId() != null && t.sectionId() == sectionId)
                .findFirst()
                .orElseThrow();
    }

    private static List<String> allBut(String... permitted) {
        List<String> others = new ArrayList<>(EVERYONE);
        others.removeAll(Arrays.asList(permitted));
        return List.copyOf(others);
    }
}
