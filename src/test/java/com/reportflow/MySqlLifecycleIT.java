package com.reportflow;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.report.ReportRepository;
import com.reportflow.report.ReportStage;
import com.reportflow.report.SectionStatus;
import com.reportflow.workflow.ReportWorkflow;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.WorkItem;
import com.reportflow.workflow.WorkQueries;
import java.util.ArrayList;
import java.util.List;
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

/** The lifecycle scenarios again on the real database, plus races that only a real database makes interesting. */
@RealDatabaseTest
class MySqlLifecycleIT extends LifecycleScenarios {

    @Autowired
    ApplicationContext context;

    @Autowired
    ReportRepository reports;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    WorkQueries work;

    ReportSteps steps;

    @BeforeEach
    void steps() {
        steps = new ReportSteps(context);
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
        assertThat(work.openTasks())
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
