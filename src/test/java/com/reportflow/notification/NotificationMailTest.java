package com.reportflow.notification;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.reportflow.ReportSteps;
import com.reportflow.TestReports;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Role;
import com.reportflow.drafting.DraftingService;
import com.reportflow.planning.ReportPlanning;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportDocument;
import com.reportflow.report.ReportQueries;
import com.reportflow.workflow.DeadlineTimers;
import com.reportflow.workflow.ReportWorkflow;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.WorkItem;
import com.reportflow.workflow.WorkQueries;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** With a mail server configured, notifications are mailed once their transaction commits: here to GreenMail. */
@SpringBootTest(properties = "reportflow.app-url=https://reportflow.bureau.example/")
@ActiveProfiles("test")
class NotificationMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    WorkQueries work;

    @Autowired
    TaskAlerts alerts;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Directory directory;

    @Autowired
    ReportPlanning planning;

    @Autowired
    ReportQueries queries;

    @Autowired
    DraftingService drafting;

    ReportSteps steps;
    DeadlineTimers timers;

    @BeforeEach
    void setUp() throws FolderException {
        steps = new ReportSteps(context);
        timers = new DeadlineTimers(context);
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void resetClock() {
        timers.resetClock();
    }

    @Test
    void a_reminder_is_mailed_in_chinese_to_each_author_naming_the_section_its_due_date_and_its_screen()
            throws Exception {
        long reportId = steps.drafting(false);
        OutlineEntry section = steps.sections(reportId).getFirst();
        WorkItem draft = work.openTask(Step.DRAFT_SECTION, section.sectionId()).orElseThrow();
        String due = ReportDocument.formatDate(
                draft.dueAt().atZone(ZoneId.systemDefault()).toLocalDate());

        timers.fire("draftSectionReminder", Step.Scope.SECTION, section.sectionId());

        assertThat(SMTP.waitForIncomingEmail(5_000, 2)).isTrue();
        MimeMessage[] mails = SMTP.getReceivedMessages();
        assertThat(Arrays.stream(mails).map(NotificationMailTest::to))
                .containsExactlyInAnyOrder("author@reportflow.example", "author2@reportflow.example");
        for (MimeMessage mail : mails) {
            assertThat(mail.getSubject()).isEqualTo("【到期提醒】起草章节：" + section.numberedHeading() + "，" + due + "到期");
            assertThat(mail.getContentType()).startsWith("text/plain");
            assertThat((String) mail.getContent())
                    .contains(
                            "报告：" + queries.documentOf(reportId).title(),
                            "事项：" + section.numberedHeading(),
                            "环节：起草章节",
                            "截止日期：" + due,
                            "https://reportflow.bureau.example/sections/" + section.sectionId() + "/draft");
        }
        assertThat((String) Arrays.stream(mails)
                        .filter(m -> to(m).startsWith("author@"))
                        .findFirst()
                        .orElseThrow()
                        .getContent())
                .startsWith("钱磊：");
    }

    @Test
    void an_escalation_names_the_holder_and_reaches_the_coordinator() throws Exception {
        long reportId = steps.drafting(false);
        long sectionId = steps.sectionIds(reportId).getFirst();
        as("author", () -> drafting.take(sectionId));

        timers.fire("draftSectionOverdue", Step.Scope.SECTION, sectionId);

        assertThat(SMTP.waitForIncomingEmail(5_000, 2)).isTrue();
        MimeMessage[] mails = SMTP.getReceivedMessages();
        assertThat(Arrays.stream(mails).map(NotificationMailTest::to))
                .containsExactlyInAnyOrder("coordinator@reportflow.example", "author@reportflow.example");
        for (MimeMessage mail : mails) {
            assertThat(mail.getSubject()).startsWith("【逾期督办】起草章节：").contains("已于");
            assertThat((String) mail.getContent()).contains("办理人：钱磊");
        }
    }

    @Test
    void nothing_is_mailed_when_the_transaction_that_wrote_the_notifications_rolls_back() {
        long sectionId = steps.sectionIds(steps.drafting(false)).getFirst();
        long before = notifications.count();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            alerts.remind("draftSection", sectionId);
            status.setRollbackOnly();
        });

        assertThat(notifications.count()).isEqualTo(before);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_person_without_a_mail_address_is_notified_in_the_app_only() {
        if (directory.officeByCode("XXTZ").isEmpty()) {
            directory.createUser(
                    "clerk", "林文书", "reportflow", directory.createOffice("XXTZ", "信息通知科"), Set.of(Role.AUTHOR));
        }
        long reportId = TestReports.start(planning, directory, "XXTZ", false);
        long sectionId = steps.sectionIds(reportId).getFirst();
        WorkItem draft = work.openTask(Step.DRAFT_SECTION, sectionId).orElseThrow();

        timers.fire("draftSectionReminder", Step.Scope.SECTION, sectionId);

        assertThat(notifications.findAll())
                .filteredOn(n -> n.getTaskId().equals(draft.taskId()))
                .extracting(Notification::getRecipient)
                .containsExactly("clerk");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    private static String to(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
