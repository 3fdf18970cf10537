package com.reportflow;

import static com.reportflow.TestUsers.as;

import com.reportflow.compilation.CompilationService;
import com.reportflow.deliberation.DeliberationService;
import com.reportflow.directory.Directory;
import com.reportflow.drafting.DraftingService;
import com.reportflow.planning.ReportPlanning;
import com.reportflow.publication.DisclosureMetadata;
import com.reportflow.publication.PublicationService;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportStage;
import com.reportflow.review.ReviewService;
import com.reportflow.signoff.SignOffService;
import com.reportflow.workflow.DeliberationOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationContext;

/**
 * Drives a JCJYK report (every section assigned to 基础教育科) to a given step through the feature services, each
 * step done by the demo user whose job it is.
 */
public final class ReportSteps {

    public static final String OFFICE = "JCJYK";
    public static final String ISSUER = "某某市教育局";

    private final ReportPlanning planning;
    private final Directory directory;
    private final ReportQueries queries;
    private final DraftingService drafting;
    private final ReviewService review;
    private final CompilationService compilation;
    private final DeliberationService deliberation;
    private final SignOffService signOff;
    private final PublicationService publication;

    public ReportSteps(ApplicationContext context) {
        this.planning = context.getBean(ReportPlanning.class);
        this.directory = context.getBean(Directory.class);
        this.queries = context.getBean(ReportQueries.class);
        this.drafting = context.getBean(DraftingService.class);
        this.review = context.getBean(ReviewService.class);
        this.compilation = context.getBean(CompilationService.class);
        this.deliberation = context.getBean(DeliberationService.class);
        this.signOff = context.getBean(SignOffService.class);
        this.publication = context.getBean(PublicationService.class);
    }

    /** A new report whose sections are all waiting for drafting. */
    public long drafting(boolean officeCheck) {
        return TestReports.start(planning, directory, OFFICE, officeCheck);
    }

    /** A new report whose sections are all approved: the compile task is open. */
    public long compiling() {
        long reportId = drafting(false);
        approveAllSections(reportId);
        return reportId;
    }

    /** A compiled report waiting for the leadership group's deliberation. */
    public long deliberating(String title) {
        long reportId = compiling();
        compile(reportId, title);
        return reportId;
    }

    /** A deliberated report waiting for the director's signature. */
    public long signing(String title) {
        long reportId = deliberating(title);
        pass(reportId);
        return reportId;
    }

    /** A signed report: publication and the submission upward are both open. */
    public long publishing(String title) {
        long reportId = signing(title);
        signOff(reportId);
        return reportId;
    }

    /** Every section drafted with the given text, submitted and approved. */
    public void approveAll(long reportId, LongFunction<String> bodies) {
        for (long sectionId : sectionIds(reportId)) {
            submit("author", sectionId, bodies.apply(sectionId));
            as("advisor", () -> review.approve(sectionId));
        }
    }

    /** Every section drafted, submitted and approved with a plain text: the report waits to be compiled. */
    public void approveAllSections(long reportId) {
        approveAll(reportId, sectionId -> "正文：依法行政工作情况 " + sectionId);
    }

    /** As {@link #approveAllSections}, then compiled and passed by the leadership group: waiting for sign-off. */
    public void bringToSignOff(long reportId) {
        approveAllSections(reportId);
        compile(reportId, "2025年度法治政府建设情况报告");
        pass(reportId);
    }

    /** The leadership group passes the report. */
    public void pass(long reportId) {
        as(
                "secretary",
                () -> deliberation.record(
                        reportId, "2026年第3次党组会议", LocalDate.now(), DeliberationOutcome.PASSED, Set.of(), ""));
    }

    public void signOff(long reportId) {
        as("director", () -> signOff.signOff(reportId));
    }

    /** Publishes the signed report; returns the index number it was given. */
    public String publish(long reportId) {
        return publish(reportId, metadata());
    }

    public String publish(long reportId, DisclosureMetadata metadata) {
        return as("coordinator", () -> publication.publish(reportId, true, metadata));
    }

    /**
     * A new report with the office-head check on and every section in the office given, whose first section the
     * author has submitted: it waits at the office check. With the demo's 督导室 (DDS, author inspector, no head) it
     * is a check nobody can make.
     */
    public long submittedToOfficeCheck(String officeCode, String author) {
        long sectionId = sectionIds(TestReports.start(planning, directory, officeCode, true))
                .getFirst();
        submit(author, sectionId, "正文：本科室工作情况");
        return sectionId;
    }

    public void submit(String user, long sectionId, String text) {
        as(user, () -> {
            long version = drafting.section(sectionId).version();
            drafting.submit(sectionId, version, text);
        });
    }

    public void compile(long reportId, String title) {
        as("coordinator", () -> compilation.sendToDeliberation(reportId, title, ISSUER, LocalDate.now()));
    }

    /** The report's assigned sections, in document order. */
    public List<OutlineEntry> sections(long reportId) {
        return queries.documentOf(reportId).entries().stream()
                .filter(OutlineEntry::assigned)
                .toList();
    }

    /** The ids of the report's assigned sections, in document order. */
    public List<Long> sectionIds(long reportId) {
        return sections(reportId).stream().map(OutlineEntry::sectionId).toList();
    }

    /** The ids of the report's headings that group sections and are assigned to nobody. */
    public List<Long> headingIds(long reportId) {
        return queries.documentOf(reportId).entries().stream()
                .filter(e -> !e.assigned())
                .map(OutlineEntry::sectionId)
                .toList();
    }

    /** The report's stage as the coordinator sees it. */
    public ReportStage stage(long reportId) {
        return as("coordinator", () -> queries.summary(reportId)).stage();
    }

    public static DisclosureMetadata metadata() {
        return new DisclosureMetadata("某教发〔2026〕3号", "科技、教育", "报告", "某某市教育局", "有效", LocalDate.now(), LocalDate.now());
    }

    /** {@link #metadata()} with a change. */
    public static DisclosureMetadata metadata(UnaryOperator<DisclosureMetadata> change) {
        return change.apply(metadata());
    }
}
