package com.reportflow.notification;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.reportflow.ReportSteps;
import com.reportflow.drafting.DraftingService;
import com.reportflow.review.ReviewService;
import com.reportflow.workflow.DeadlineTimers;
import com.reportflow.workflow.ReportWorkflow;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.WorkItem;
import com.reportflow.workflow.WorkQueries;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.ActiveProfiles;

/**
 * The deadline timers of the processes under the engine's clock, moved by the test: who is reminded before a task
 * is due, who is told once it is overdue, and that a finished task's timers are gone. The demo bureau's 基础教育科
 * has two authors (author, author2) and one office head; the coordinator is the only coordinator.
 */
@SpringBootTest
@ActiveProfiles("test")
class DeadlineAlertsTest {

    private static final Duration LEAD = Duration.ofDays(2);
    private static final Duration MINUTE = Duration.ofMinutes(1);

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
    DraftingService drafting;

    @Autowired
    ReviewService review;

    ReportSteps steps;
    DeadlineTimers timers;

    @BeforeEach
    void setUp() {
        steps = new ReportSteps(context);
        timers = new DeadlineTimers(context);
    }

    @AfterEach
    void resetClock() {
        timers.resetClock();
    }

    @Test
    void the_reminder_fires_two_days_before_the_draft_is_due_for_every_author_of_the_office_while_nobody_took_it() {
        long sectionId = firstSection(steps.drafting(false));
        WorkItem draft = open(Step.DRAFT_SECTION, sectionId);
        assertThat(timers.waiting(Step.Scope.SECTION, sectionId))
                .containsExactlyInAnyOrder("draftSectionReminder", "draftSectionOverdue");

        timers.clockAt(draft.dueAt().minus(LEAD).minus(MINUTE));
        assertThat(timers.due(Step.Scope.SECTION, sectionId)).isEmpty();
        timers.clockAt(draft.dueAt().minus(LEAD).plus(MINUTE));
        assertThat(timers.due(Step.Scope.SECTION, sectionId)).containsExactly("draftSectionReminder");

        timers.fire("draftSectionReminder", Step.Scope.SECTION, sectionId);

        assertThat(of(draft))
                .extracting(Notification::getRecipient, Notification::getKind)
                .containsExactlyInAnyOrder(
                        tuple("author", NotificationKind.REMINDER), tuple("author2", NotificationKind.REMINDER));
        assertThat(of(draft)).allSatisfy(n -> {
            assertThat(n.getStepKey()).isEqualTo("draftSection");
            assertThat(n.getSectionId()).isEqualTo(sectionId);
            assertThat(n.getReportId()).isEqualTo(draft.reportId());
            assertThat(n.getDueAt()).isEqualTo(draft.dueAt());
            assertThat(n.getReadAt()).isNull();
        });
        assertThat(open(Step.DRAFT_SECTION, sectionId).taskId())
                .as("the reminder does not interrupt the task")
                .isEqualTo(draft.taskId());
        assertThat(timers.waiting(Step.Scope.SECTION, sectionId)).containsExactly("draftSectionOverdue");
    }

    @Test
    void the_reminder_of_a_task_someone_took_reaches_only_them() {
        long sectionId = firstSection(steps.drafting(false));
        as("author2", () -> drafting.take(sectionId));
        WorkItem draft = open(Step.DRAFT_SECTION, sectionId);

        timers.clockAt(draft.dueAt().minus(LEAD).plus(MINUTE));
        timers.fire("draftSectionReminder", Step.Scope.SECTION, sectionId);

        assertThat(of(draft)).extracting(Notification::getRecipient).containsExactly("author2");
    }

    @Test
    void at_the_due_date_the_escalation_tells_the_coordinator_and_everyone_who_may_take_the_task() {
        long sectionId = firstSection(steps.drafting(false));
        WorkItem draft = open(Step.DRAFT_SECTION, sectionId);

        timers.clockAt(draft.dueAt().minus(MINUTE));
        assertThat(timers.due(Step.Scope.SECTION, sectionId)).containsExactly("draftSectionReminder");
        timers.clockAt(draft.dueAt().plus(MINUTE));
        assertThat(timers.due(Step.Scope.SECTION, sectionId))
                .containsExactly("draftSectionReminder", "draftSectionOverdue");

        timers.fire("draftSectionOverdue", Step.Scope.SECTION, sectionId);

        assertThat(of(draft))
                .extracting(Notification::getRecipient, Notification::getKind)
                .containsExactlyInAnyOrder(
                        tuple("coordinator", NotificationKind.ESCALATION),
                        tuple("author", NotificationKind.ESCALATION),
                        tuple("author2", NotificationKind.ESCALATION));
        assertThat(open(Step.DRAFT_SECTION, sectionId).taskId()).isEqualTo(draft.taskId());
    }

    @Test
    void a_finished_task_leaves_no_timer_and_only_the_next_step_is_reminded() {
        long sectionId = firstSection(steps.drafting(false));
        WorkItem draft = open(Step.DRAFT_SECTION, sectionId);
        steps.submit("author", sectionId, "按期提交的正文");
        WorkItem check = open(Step.LEGALITY_REVIEW, sectionId);

        assertThat(timers.waiting(Step.Scope.SECTION, sectionId))
                .containsExactlyInAnyOrder("legalityReviewReminder", "legalityReviewOverdue");
        timers.clockAt(draft.dueAt().plus(Duration.ofDays(30)));
        for (String timer : timers.due(Step.Scope.SECTION, sectionId)) {
            timers.fire(timer, Step.Scope.SECTION, sectionId);
        }

        assertThat(of(draft)).as("nobody hears of the submitted draft").isEmpty();
        assertThat(of(check))
                .extracting(Notification::getRecipient, Notification::getKind)
                .containsExactlyInAnyOrder(
                        tuple("advisor", NotificationKind.REMINDER),
                        tuple("advisor", NotificationKind.ESCALATION),
                        tuple("coordinator", NotificationKind.ESCALATION));
    }

    @Test
    void a_timer_job_that_runs_twice_tells_nobody_twice() {
        long sectionId = firstSection(steps.drafting(false));
        WorkItem draft = open(Step.DRAFT_SECTION, sectionId);
        timers.fire("draftSectionReminder", Step.Scope.SECTION, sectionId);
        timers.fire("draftSectionOverdue", Step.Scope.SECTION, sectionId);
        List<Long> first = of(draft).stream().map(Notification::getId).toList();

        // What a second run of the same jobs does: the service tasks call the bean again with the same arguments.
        alerts.remind("draftSection", sectionId);
        alerts.escalate("draftSection", sectionId);

        assertThat(first).hasSize(5);
        assertThat(of(draft)).extracting(Notification::getId).containsExactlyElementsOf(first);
    }

    @Test
    void a_section_drafted_again_after_a_return_is_reminded_again() {
        long sectionId = firstSection(steps.drafting(false));
        WorkItem firstDraft = open(Step.DRAFT_SECTION, sectionId);
        timers.fire("draftSectionReminder", Step.Scope.SECTION, sectionId);
        steps.submit("author", sectionId, "第一稿");
        as("advisor", () -> review.returnWithOpinion(sectionId, "请补充法律依据。"));
        WorkItem secondDraft = open(Step.DRAFT_SECTION, sectionId);

        timers.fire("draftSectionReminder", Step.Scope.SECTION, sectionId);

        assertThat(secondDraft.taskId()).isNotEqualTo(firstDraft.taskId());
        assertThat(of(firstDraft)).hasSize(2);
        assertThat(of(secondDraft))
                .extracting(Notification::getRecipient)
                .containsExactlyInAnyOrder("author", "author2");
    }

    @Test
    void an_overdue_compile_step_is_escalated_to_the_coordinator_once() {
        long reportId = steps.compiling();
        WorkItem compile = open(Step.COMPILE_REPORT, reportId);
        assertThat(timers.waiting(Step.Scope.REPORT, reportId))
                .containsExactlyInAnyOrder("compileReportReminder", "compileReportOverdue");

        timers.fire("compileReportOverdue", Step.Scope.REPORT, reportId);

        assertThat(of(compile)).singleElement().satisfies(n -> {
            assertThat(n.getRecipient()).isEqualTo("coordinator");
            assertThat(n.getKind()).isEqualTo(NotificationKind.ESCALATION);
            assertThat(n.getSectionId()).isNull();
            assertThat(n.getStepKey()).isEqualTo("compileReport");
        });
    }

    @Test
    void without_a_mail_server_the_notifications_are_written_and_nothing_is_mailed() {
        long sectionId = firstSection(steps.drafting(false));
        WorkItem draft = open(Step.DRAFT_SECTION, sectionId);

        timers.fire("draftSectionReminder", Step.Scope.SECTION, sectionId);

        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable())
                .isNull();
        assertThat(context.getBean(NotificationMailer.class).enabled()).isFalse();
        assertThat(of(draft)).hasSize(2);
    }

    private long firstSection(long reportId) {
        return steps.sectionIds(reportId).getFirst();
    }

    private WorkItem open(Step step, long subjectId) {
        return work.openTask(step, subjectId).orElseThrow();
    }

    private List<Notification> of(WorkItem task) {
        return notifications.findAll().stream()
                .filter(n -> n.getTaskId().equals(task.taskId()))
                .sorted(Comparator.comparing(Notification::getId))
                .toList();
    }
}
