package com.reportflow.shared;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.ReportState;
import com.reportflow.ReportSteps;
import com.reportflow.compilation.CompilationService;
import com.reportflow.deliberation.DeliberationService;
import com.reportflow.directory.Directory;
import com.reportflow.drafting.DraftingService;
import com.reportflow.planning.NewReport;
import com.reportflow.planning.OutlineTemplate;
import com.reportflow.planning.ReportPlanning;
import com.reportflow.report.History;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.HistoryEntry;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportRepository;
import com.reportflow.report.ReportStage;
import com.reportflow.report.SectionRepository;
import com.reportflow.report.SectionStatus;
import com.reportflow.review.ReviewService;
import com.reportflow.workflow.DeliberationOutcome;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Application data and engine data commit or roll back together, and a lost race is repeated rather than shown.
 * The only test that reads the Flowable engine directly: it has to see the engine's own tables.
 */
@SpringBootTest
@ActiveProfiles("test")
class TransactionRollbackTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ConflictRetry retry;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportPlanning planning;

    @Autowired
    Directory directory;

    @Autowired
    ReportRepository reports;

    @Autowired
    SectionRepository sections;

    @Autowired
    ReportQueries queries;

    @Autowired
    History history;

    @Autowired
    DraftingService drafting;

    @Autowired
    ReviewService review;

    @Autowired
    CompilationService compilation;

    @Autowired
    DeliberationService deliberation;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService engineHistory;

    // --- one transaction for both ------------------------------------------------------------------------------

    @Test
    void a_failure_after_a_report_was_started_leaves_no_report_no_sections_and_no_process() {
        NewReport command = newReport();
        AtomicLong started = new AtomicLong();

        assertThatThrownBy(() -> as(
                        "coordinator",
                        () -> retry.inTransaction(() -> {
                            long reportId = planning.createAndStart(command);
                            started.set(reportId);
                            assertThat(processes(reportId))
                                    .as("the process runs inside the transaction")
                                    .isEqualTo(1);
                            assertThat(openTasks(reportId)).isEqualTo(11);
                            throw new IllegalStateException("failure after the start");
                        })))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("failure after the start");

        long reportId = started.get();
        assertThat(reportId).isPositive();
        assertThat(reports.findById(reportId)).isEmpty();
        assertThat(sections.outline(reportId)).isEmpty();
        assertThat(history.ofReport(reportId)).isEmpty();
        assertThat(processes(reportId)).isZero();
        assertThat(openTasks(reportId)).isZero();
        assertThat(engineHistory
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey("report-" + reportId)
                        .count())
                .isZero();
    }

    @Test
    void a_failure_after_a_section_was_submitted_leaves_the_draft_and_its_task_as_they_were() {
        ReportSteps steps = new ReportSteps(context);
        long reportId = steps.drafting(false);
        long sectionId = steps.sectionIds(reportId).getFirst();
        as("author", () -> drafting.save(sectionId, version(sectionId), "保存过的草稿"));
        ReportState before = ReportState.of(context, reportId);

        assertThatThrownBy(() ->
                        as("author", () -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                            drafting.submit(sectionId, version(sectionId), "提交后失败的稿");
                            assertThat(tasks.createTaskQuery()
                                            .processVariableValueEquals("sectionId", sectionId)
                                            .singleResult()
                                            .getTaskDefinitionKey())
                                    .isEqualTo("legalityReview");
                            throw new IllegalStateException("failure after the submission");
                        })))
                .hasMessage("failure after the submission");

        assertThat(ReportState.of(context, reportId)).isEqualTo(before);
        assertThat(ReportState.of(context, reportId).section(sectionId).body()).isEqualTo("保存过的草稿");
        assertThat(tasks.createTaskQuery()
                        .processVariableValueEquals("sectionId", sectionId)
                        .singleResult()
                        .getTaskDefinitionKey())
                .isEqualTo("draftSection");
    }

    @Test
    void a_failure_after_the_deliberation_sent_sections_back_leaves_the_report_compiled() {
        ReportSteps steps = new ReportSteps(context);
        long reportId = steps.deliberating("回滚测试报告");
        long sentBack = steps.sectionIds(reportId).get(2);
        ReportState before = ReportState.of(context, reportId);

        assertThatThrownBy(() -> as(
                        "secretary",
                        () -> retry.inTransaction(() -> {
                            deliberation.record(
                                    reportId,
                                    "2026年第2次党组会议",
                                    LocalDate.now(),
                                    DeliberationOutcome.RETURNED,
                                    Set.of(sentBack),
                                    "请充实");
                            assertThat(tasks.createTaskQuery()
                                            .processVariableValueEquals("sectionId", sentBack)
                                            .count())
                                    .as("the returned section's loop started inside the transaction")
                                    .isEqualTo(1);
                            throw new IllegalStateException("failure after the deliberation");
                        })))
                .hasMessage("failure after the deliberation");

        assertThat(ReportState.of(context, reportId)).isEqualTo(before);
        assertThat(before.stage()).isEqualTo(ReportStage.DELIBERATING);
        assertThat(tasks.createTaskQuery()
                        .processVariableValueEquals("sectionId", sentBack)
                        .count())
                .isZero();
    }

    // --- the retry ---------------------------------------------------------------------------------------------

    @Test
    void a_lost_race_is_repeated_in_a_fresh_transaction_and_the_lost_attempt_leaves_nothing_behind() {
        long reportId = new ReportSteps(context).drafting(false);
        String title = reports.findById(reportId).orElseThrow().getTitle();
        AtomicInteger attempts = new AtomicInteger();

        String seen = retry.inTransaction(() -> {
            assertThat(TransactionSynchronizationManager.isActualTransactionActive())
                    .isTrue();
            String current = jdbc.queryForObject("select title from report where id = ?", String.class, reportId);
            if (attempts.incrementAndGet() == 1) {
                jdbc.update("update report set title = ? where id = ?", "输掉竞争的写入", reportId);
                throw new OptimisticLockingFailureException("someone else changed it");
            }
            return current;
        });

        assertThat(attempts).hasValue(2);
        assertThat(seen).isEqualTo(title);
        assertThat(reports.findById(reportId).orElseThrow().getTitle()).isEqualTo(title);
    }

    @Test
    void a_deadlock_reported_by_the_driver_counts_as_a_lost_race() {
        AtomicInteger attempts = new AtomicInteger();
        String result = retry.inTransaction(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new RuntimeException(new SQLException("Deadlock found when trying to get lock", "40001", 1213));
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void a_race_lost_on_every_attempt_ends_in_a_message_not_a_stack_trace() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> retry.inTransaction(() -> {
                    attempts.incrementAndGet();
                    throw new CannotAcquireLockException("row locked");
                }))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("error.concurrent-update"));
        assertThat(attempts).hasValue(ConflictRetry.ATTEMPTS);
    }

    @Test
    void other_failures_are_not_repeated() {
        AtomicInteger attempts = new AtomicInteger();
        IllegalStateException bug = new IllegalStateException("a bug");
        InvalidInputException refusal = new InvalidInputException("error.required", "opinion");
        for (RuntimeException failure : List.of(bug, refusal)) {
            attempts.set(0);
            assertThatThrownBy(() -> retry.inTransaction(() -> {
                        attempts.incrementAndGet();
                        throw failure;
                    }))
                    .isSameAs(failure);
            assertThat(attempts).hasValue(1);
        }
    }

    @RepeatedTest(3)
    void two_last_sections_approved_at_the_same_moment_move_the_report_to_compilation_exactly_once() throws Exception {
        ReportSteps steps = new ReportSteps(context);
        long reportId = steps.drafting(false);
        List<Long> ids = steps.sectionIds(reportId);
        for (long sectionId : ids) {
            steps.submit("author", sectionId, "正文 " + sectionId);
        }
        for (long sectionId : ids.subList(0, ids.size() - 2)) {
            as("advisor", () -> review.approve(sectionId));
        }
        long last = ids.getLast();
        long secondLast = ids.get(ids.size() - 2);

        List<Throwable> failures = atTheSameMoment(
                () -> as("advisor", () -> review.approve(secondLast)), () -> as("advisor", () -> review.approve(last)));

        assertThat(failures).isEmpty();
        assertThat(reports.findById(reportId).orElseThrow().getStage()).isEqualTo(ReportStage.COMPILING);
        assertThat(tasks.createTaskQuery()
                        .processVariableValueEquals("reportId", reportId)
                        .taskDefinitionKey("compileReport")
                        .count())
                .isEqualTo(1);
        assertThat(tasks.createTaskQuery()
                        .processVariableValueEquals("reportId", reportId)
                        .count())
                .isEqualTo(1);
        assertThat(ids).allSatisfy(id -> assertThat(status(id)).isEqualTo(SectionStatus.APPROVED));
        assertThat(history.ofReport(reportId))
                .filteredOn(h -> h.getAction() == HistoryAction.APPROVED)
                .extracting(HistoryEntry::getSectionId)
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(as("coordinator", () -> compilation.mayCompile(reportId))).isTrue();
    }

    @RepeatedTest(3)
    void the_same_section_approved_twice_at_the_same_moment_is_approved_once_and_the_other_finds_it_gone()
            throws Exception {
        ReportSteps steps = new ReportSteps(context);
        long reportId = steps.drafting(false);
        long sectionId = steps.sectionIds(reportId).getFirst();
        steps.submit("author", sectionId, "正文");

        List<Throwable> failures = atTheSameMoment(
                () -> as("advisor", () -> review.approve(sectionId)),
                () -> as("advisor", () -> review.returnWithOpinion(sectionId, "同时退回")));

        assertThat(failures).singleElement().isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(
                        e.messageKey())
                .isEqualTo("error.task-gone"));
        List<HistoryAction> decisions = history.ofSection(sectionId).stream()
                .map(HistoryEntry::getAction)
                .filter(a -> a == HistoryAction.APPROVED || a == HistoryAction.RETURNED)
                .toList();
        assertThat(decisions).hasSize(1);
        assertThat(status(sectionId))
                .isEqualTo(
                        decisions.getFirst() == HistoryAction.APPROVED
                                ? SectionStatus.APPROVED
                                : SectionStatus.RETURNED);
        assertThat(tasks.createTaskQuery()
                        .processVariableValueEquals("sectionId", sectionId)
                        .count())
                .isEqualTo(decisions.getFirst() == HistoryAction.APPROVED ? 0 : 1);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /** Runs the actions in two threads released together; returns what they threw. */
    private static List<Throwable> atTheSameMoment(Runnable first, Runnable second) throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Runnable action : List.of(first, second)) {
                running.add(threads.submit((Callable<Void>) () -> {
                    ready.countDown();
                    go.await();
                    try {
                        action.run();
                    } catch (Throwable t) {
                        failures.add(t);
                    }
                    return null;
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        return failures;
    }

    private long processes(long reportId) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("report-" + reportId)
                .count();
    }

    private long openTasks(long reportId) {
        return tasks.createTaskQuery()
                .processVariableValueEquals("reportId", reportId)
                .count();
    }

    private long version(long sectionId) {
        return as("coordinator", () -> queries.section(sectionId)).version();
    }

    private SectionStatus status(long sectionId) {
        return as("coordinator", () -> queries.section(sectionId)).status();
    }

    private NewReport newReport() {
        long officeId = directory.officeByCode(ReportSteps.OFFICE).orElseThrow().getId();
        List<NewReport.Assignment> assignments = new ArrayList<>();
        for (OutlineTemplate.Leaf leaf : OutlineTemplate.statutory().leaves()) {
            assignments.add(new NewReport.Assignment(
                    leaf.index(), true, officeId, LocalDate.now().plusDays(30)));
        }
        int year = LocalDate.now().getYear() - 1;
        return new NewReport(year, year + "年度法治政府建设情况报告", false, assignments);
    }
}
