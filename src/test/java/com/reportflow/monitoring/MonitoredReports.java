package com.reportflow.monitoring;

import static com.reportflow.TestUsers.as;

import com.reportflow.directory.Directory;
import com.reportflow.directory.Office;
import com.reportflow.directory.Role;
import com.reportflow.drafting.DraftingService;
import com.reportflow.planning.NewReport;
import com.reportflow.planning.OutlineTemplate;
import com.reportflow.planning.ReportPlanning;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportQueries;
import com.reportflow.review.ReviewService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.engine.ProcessEngineConfiguration;
import org.springframework.context.ApplicationContext;

/**
 * Reports for the monitoring tests, each in an office of its own (with one author) so that the year's figures per
 * office come from the test's own history alone, on the next year so that no legal deadline is near. The engine's
 * clock can be set, so that step durations are known.
 */
final class MonitoredReports {

    private static final AtomicInteger OFFICES = new AtomicInteger();

    /** The next year: its legal deadlines are over a year away whenever the tests run. */
    static final int YEAR = LocalDate.now().getYear() + 1;

    final Office office;
    final String author;

    private final ReportPlanning planning;
    private final ReportQueries queries;
    private final DraftingService drafting;
    private final ReviewService review;
    private final ProcessEngineConfiguration engine;

    MonitoredReports(ApplicationContext context) {
        this.planning = context.getBean(ReportPlanning.class);
        this.queries = context.getBean(ReportQueries.class);
        this.drafting = context.getBean(DraftingService.class);
        this.review = context.getBean(ReviewService.class);
        this.engine = context.getBean(ProcessEngineConfiguration.class);
        Directory directory = context.getBean(Directory.class);
        int n = OFFICES.incrementAndGet();
        String code = "MON" + n + "X" + System.nanoTime() % 100_000;
        this.office = directory.createOffice(code, "监控测试科" + code);
        this.author = "mon-author-" + code.toLowerCase();
        directory.createUser(author, "监控撰稿人" + n, "reportflow", office, Set.of(Role.AUTHOR));
    }

    /** A report of {@link #YEAR} whose sections are all this office's, each due on the given day. */
    long start(LocalDate due) {
        List<NewReport.Assignment> assignments = new ArrayList<>();
        for (OutlineTemplate.Leaf leaf : OutlineTemplate.statutory().leaves()) {
            assignments.add(new NewReport.Assignment(leaf.index(), true, office.getId(), due));
        }
        return as(
                "coordinator",
                () -> planning.createAndStart(new NewReport(YEAR, planning.defaultTitle(YEAR), false, assignments)));
    }

    long start() {
        return start(LocalDate.now().plusDays(30));
    }

    List<Long> sectionIds(long reportId) {
        return as("admin", () -> queries.document(reportId).entries().stream()
                .filter(OutlineEntry::assigned)
                .map(OutlineEntry::sectionId)
                .toList());
    }

    void submit(long sectionId) {
        as(author, () -> drafting.submit(sectionId, drafting.section(sectionId).version(), "正文 " + sectionId));
    }

    void approve(long sectionId) {
        as("advisor", () -> review.approve(sectionId));
    }

    void returnIt(long sectionId) {
        as("advisor", () -> review.returnWithOpinion(sectionId, "请补充数据来源。"));
    }

    void takeReview(long sectionId) {
        as("advisor", () -> review.take(sectionId));
    }

    /** Runs with the engine's clock at the given time (tasks open and end then); the clock is reset after. */
    void at(Date time, Runnable action) {
        engine.getClock().setCurrentTime(time);
        try {
            action.run();
        } finally {
            engine.getClock().reset();
        }
    }
}
