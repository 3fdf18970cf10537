package com.reportflow;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.compilation.CompilationService;
import com.reportflow.deliberation.DeliberationService;
import com.reportflow.drafting.DraftingService;
import com.reportflow.inbox.InboxService;
import com.reportflow.inbox.TaskRow;
import com.reportflow.publication.PublicCatalogue;
import com.reportflow.publication.PublicationService;
import com.reportflow.publication.SuperiorSubmission;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.HistoryEntry;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportRepository;
import com.reportflow.report.ReportStage;
import com.reportflow.report.SectionStatus;
import com.reportflow.review.ReviewService;
import com.reportflow.workflow.DeliberationOutcome;
import com.reportflow.workflow.ReportWorkflow;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.WorkItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The main process paths of ReportLifecycleTest again, on the real database. */
class MySqlLifecycleIT extends MySqlIntegrationBase {

    @Autowired
    ApplicationContext context;

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
    PublicationService publication;

    @Autowired
    PublicCatalogue catalogue;

    @Autowired
    InboxService inbox;

    ReportSteps steps;

    @BeforeEach
    void steps() {
        steps = new ReportSteps(context);
    }

    @Test
    void a_report_is_drafted_approved_compiled_deliberated_signed_published_and_submitted() {
        long reportId = steps.drafting(false);
        List<Long> sections = steps.sectionIds(reportId);
        assertThat(sections).hasSize(11);
        assertThat(as("author", () -> inbox.inbox(0, (int) inbox.inboxCount())))
                .filteredOn(row -> row.reportId() == reportId)
                .extracting(TaskRow::step)
                .hasSize(11)
                .containsOnly(Step.DRAFT_SECTION);

        steps.approveAll(reportId, sectionId -> "正文：依法行政工作情况 " + sectionId);
        assertThat(stage(reportId)).isEqualTo(ReportStage.COMPILING);
        steps.compile(reportId, "2025年度法治政府建设情况报告");
        assertThat(stage(reportId)).isEqualTo(ReportStage.DELIBERATING);
        steps.pass(reportId);
        assertThat(stage(reportId)).isEqualTo(ReportStage.SIGNING);
        steps.signOff(reportId);
        assertThat(stage(reportId)).isEqualTo(ReportStage.PUBLISHING);
        assertThat(catalogue.published(reportId)).isEmpty();

        String indexNumber = steps.publish(reportId);
        as(
                "coordinator",
                () -> publication.recordSubmission(
                        reportId, "市教育局", LocalDate.now(), SuperiorSubmission.Channel.DOCUMENT_EXCHANGE));

        assertThat(stage(reportId)).isEqualTo(ReportStage.PUBLISHED);
        assertThat(indexNumber).matches(".+/" + LocalDate.now().getYear() + "-\\d{5}");
        assertThat(catalogue.published(reportId))
                .hasValueSatisfying(p -> assertThat(p.document().entries())
                        .extracting(OutlineEntry::numberedHeading)
                        .startsWith("一、主要举措和成效", "（一）依法全面履行政府职能")
                        .contains("五、其他需要报告的情况"));
        assertThat(workflow.openTasks()).noneMatch(t -> t.reportId() == reportId);
        assertThat(as("coordinator", () -> queries.reportHistory(reportId)))
                .extracting(HistoryEntry::getAction)
                .contains(
                        HistoryAction.REPORT_CREATED,
                        HistoryAction.COMPILED,
                        HistoryAction.DELIBERATION_PASSED,
                        HistoryAction.SIGNED_OFF,
                        HistoryAction.PUBLISHED,
                        HistoryAction.SUBMITTED_TO_SUPERIOR);
    }

    @Test
    void a_returned_section_comes_back_with_the_opinion_and_is_resubmitted_until_approved() {
        long reportId = steps.drafting(true);
        long sectionId = steps.sectionIds(reportId).getFirst();

        steps.submit("author", sectionId, "第一稿");
        as("officehead", () -> drafting.returnInOffice(sectionId, "数据需核实。"));
        assertThat(status(sectionId)).isEqualTo(SectionStatus.RETURNED);
        steps.submit("author", sectionId, "核实后的稿");
        as("officehead", () -> drafting.approveInOffice(sectionId));
        as("advisor", () -> review.returnWithOpinion(sectionId, "第三段缺少法律依据。"));
        assertThat(as("author", () -> drafting.section(sectionId))
                        .latestReturn()
                        .getComment())
                .isEqualTo("第三段缺少法律依据。");
        steps.submit("author", sectionId, "补充法律依据的稿");
        as("officehead", () -> drafting.approveInOffice(sectionId));
        as("advisor", () -> review.approve(sectionId));

        assertThat(as("author", () -> drafting.section(sectionId))).satisfies(s -> {
            assertThat(s.status()).isEqualTo(SectionStatus.APPROVED);
            assertThat(s.body()).isEqualTo("补充法律依据的稿");
            assertThat(s.history())
                    .extracting(HistoryEntry::getAction)
                    .containsSubsequence(
                            HistoryAction.SUBMITTED,
                            HistoryAction.OFFICE_RETURNED,
                            HistoryAction.SUBMITTED,
                            HistoryAction.OFFICE_APPROVED,
                            HistoryAction.RETURNED,
                            HistoryAction.SUBMITTED,
                            HistoryAction.OFFICE_APPROVED,
                            HistoryAction.APPROVED);
        });
    }

    @Test
    void a_deliberation_that_returns_a_section_sends_it_through_drafting_and_review_before_compiling_again() {
        long reportId = steps.deliberating("2025年度法治政府建设情况报告");
        long sentBack = steps.sectionIds(reportId).get(2);

        as(
                "secretary",
                () -> deliberation.record(
                        reportId,
                        "2026年第2次党组会议",
                        LocalDate.now(),
                        DeliberationOutcome.RETURNED,
                        Set.of(sentBack),
                        "第（三）部分内容过简，请充实。"));

        assertThat(stage(reportId)).isEqualTo(ReportStage.DRAFTING);
        assertThat(status(sentBack)).isEqualTo(SectionStatus.RETURNED);
        assertThat(as("coordinator", () -> compilation.mayCompile(reportId))).isFalse();
        steps.submit("author", sentBack, "充实后的正文");
        as("advisor", () -> review.approve(sentBack));
        assertThat(stage(reportId)).isEqualTo(ReportStage.COMPILING);
        steps.compile(reportId, "2025年度法治政府建设情况报告");
        steps.pass(reportId);
        steps.signOff(reportId);

        assertThat(stage(reportId)).isEqualTo(ReportStage.PUBLISHING);
        assertThat(reports.findById(reportId).orElseThrow().getSignedBy()).isEqualTo("director");
        assertThat(as("director", () -> deliberation.records(reportId))).hasSize(2);
    }

    @Test
    void two_last_sections_approved_at_the_same_moment_move_the_report_to_compilation_exactly_once() throws Exception {
        long reportId = steps.drafting(false);
        List<Long> ids = steps.sectionIds(reportId);
        for (long sectionId : ids) {
            steps.submit("author", sectionId, "正文 " + sectionId);
        }
        for (long sectionId : ids.subList(0, ids.size() - 2)) {
            as("advisor", () -> review.approve(sectionId));
        }

        List<Object> results = atTheSameMoment(
                () -> as("advisor", () -> review.approve(ids.get(ids.size() - 2))),
                () -> as("advisor", () -> review.approve(ids.getLast())));

        assertThat(results).containsOnlyNulls();
        assertThat(stage(reportId)).isEqualTo(ReportStage.COMPILING);
        assertThat(workflow.openTasks())
                .filteredOn(t -> t.reportId() == reportId)
                .extracting(WorkItem::step)
                .containsExactly(Step.COMPILE_REPORT);
    }

    @Test
    void two_reports_published_at_the_same_moment_get_different_consecutive_index_numbers() throws Exception {
        long first = steps.publishing("同时公开的报告一");
        long second = steps.publishing("同时公开的报告二");

        List<Object> numbers = atTheSameMoment(() -> steps.publish(first), () -> steps.publish(second));

        assertThat(numbers).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n)
                .isInstanceOf(String.class));
        List<Integer> serials = numbers.stream()
                .map(n -> Integer.parseInt(((String) n).replaceAll(".*-", "")))
                .sorted()
                .toList();
        assertThat(serials.get(1)).isEqualTo(serials.get(0) + 1);
        assertThat(stage(first)).isEqualTo(ReportStage.PUBLISHED);
        assertThat(stage(second)).isEqualTo(ReportStage.PUBLISHED);
    }

    /** Runs both in their own threads, released together; returns each result, or what it threw. */
    static List<Object> atTheSameMoment(Callable<?> first, Callable<?> second) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> running = new ArrayList<>();
            for (Callable<?> action : List.of(first, second)) {
                running.add(threads.submit(() -> {
                    go.await();
                    try {
                        return action.call();
                    } catch (Exception e) {
                        return e;
                    }
                }));
            }
            go.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : running) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<Object> atTheSameMoment(Runnable first, Runnable second) throws Exception {
        return atTheSameMoment(
                () -> {
                    first.run();
                    return null;
                },
                () -> {
                    second.run();
                    return null;
                });
    }

    private ReportStage stage(long reportId) {
        return reports.findById(reportId).orElseThrow().getStage();
    }

    private SectionStatus status(long sectionId) {
        return as("coordinator", () -> queries.section(sectionId)).status();
    }
}
