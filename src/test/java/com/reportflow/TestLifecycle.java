package com.reportflow;

import static com.reportflow.TestUsers.as;

import com.reportflow.compilation.CompilationService;
import com.reportflow.deliberation.DeliberationService;
import com.reportflow.directory.Directory;
import com.reportflow.drafting.DraftingService;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportPlanning;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportStage;
import com.reportflow.review.ReviewService;
import com.reportflow.signoff.SignOffService;
import com.reportflow.workflow.DeliberationOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/** Drives a fresh report (all sections with 基础教育科) to a later step through the services, as its people would. */
public final class TestLifecycle {

    public static final String ISSUER = "某某市教育局";

    private TestLifecycle() {
    }

    /** Drafted, approved and compiled: waiting for the leadership group's deliberation. */
    public static long atDeliberation(ApplicationContext context) {
        long reportId = TestReports.start(context.getBean(ReportPlanning.class), context.getBean(Directory.class),
                "JCJYK", false);
        DraftingService drafting = context.getBean(DraftingService.class);
        ReviewService review = context.getBean(ReviewService.class);
        for (long sectionId : sectionIds(context, reportId)) {
            as("author", () -> drafting.submit(sectionId, drafting.section(sectionId).version(), "正文 " + sectionId));
            as("advisor", () -> review.approve(sectionId));
        }
        as("coordinator", () -> context.getBean(CompilationService.class).sendToDeliberation(reportId,
                LocalDate.now().getYear() - 1 + "年度法治政府建设情况报告", ISSUER, LocalDate.now()));
        return reportId;
    }

    /** Deliberated and signed off: waiting for publication and the submission upward. */
    public static long atPublication(ApplicationContext context) {
        long reportId = atDeliberation(context);
        as("secretary", () -> context.getBean(DeliberationService.class).record(reportId, "2026年第3次党组会议",
                LocalDate.now(), DeliberationOutcome.PASSED, Set.of(), ""));
        as("director", () -> context.getBean(SignOffService.class).signOff(reportId));
        return reportId;
    }

    public static List<Long> sectionIds(ApplicationContext context, long reportId) {
        return sections(context, reportId).stream().map(OutlineEntry::sectionId).toList();
    }

    /** The assigned sections in document order. */
    public static List<OutlineEntry> sections(ApplicationContext context, long reportId) {
        return as("coordinator", () -> context.getBean(ReportQueries.class).document(reportId)).entries().stream()
                .filter(OutlineEntry::assigned).toList();
    }

    public static ReportStage stage(ApplicationContext context, long reportId) {
        return as("coordinator", () -> context.getBean(ReportQueries.class).summary(reportId)).stage();
    }
}
