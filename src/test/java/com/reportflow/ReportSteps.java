package com.reportflow;

import static com.reportflow.TestUsers.as;

import com.reportflow.compilation.CompilationService;
import com.reportflow.deliberation.DeliberationService;
import com.reportflow.drafting.DraftingService;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportQueries;
import com.reportflow.review.ReviewService;
import com.reportflow.workflow.DeliberationOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/** Moves a started report through its steps by the services, as the demo bureau's people would. */
public final class ReportSteps {

    private ReportSteps() {
    }

    /** The author submits every section and the legal advisor approves each: the report waits to be compiled. */
    public static void approveAllSections(ApplicationContext context, long reportId) {
        DraftingService drafting = context.getBean(DraftingService.class);
        ReviewService review = context.getBean(ReviewService.class);
        for (long sectionId : sectionIds(context, reportId)) {
            as("author", () -> drafting.submit(sectionId, drafting.section(sectionId).version(),
                    "正文：依法行政工作情况 " + sectionId));
            as("advisor", () -> review.approve(sectionId));
        }
    }

    /** As {@link #approveAllSections}, then compiled and passed by the leadership group: waiting for sign-off. */
    public static void bringToSignOff(ApplicationContext context, long reportId) {
        approveAllSections(context, reportId);
        as("coordinator", () -> context.getBean(CompilationService.class).sendToDeliberation(reportId,
                "2025年度法治政府建设情况报告", "某某市教育局", LocalDate.now()));
        as("secretary", () -> context.getBean(DeliberationService.class).record(reportId, "2026年第3次党组会议",
                LocalDate.now(), DeliberationOutcome.PASSED, Set.of(), ""));
    }

    public static List<Long> sectionIds(ApplicationContext context, long reportId) {
        return as("coordinator", () -> context.getBean(ReportQueries.class).document(reportId)).entries().stream()
                .filter(OutlineEntry::assigned).map(OutlineEntry::sectionId).toList();
    }
}
