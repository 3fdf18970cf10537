package com.reportflow;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.reportflow.compilation.CompilationService;
import com.reportflow.deliberation.DeliberationService;
import com.reportflow.directory.Directory;
import com.reportflow.drafting.DraftingService;
import com.reportflow.inbox.InboxService;
import com.reportflow.monitoring.MonitoringProgress;
import com.reportflow.notification.NotificationService;
import com.reportflow.notification.TaskAlerts;
import com.reportflow.planning.NewReport;
import com.reportflow.planning.OutlineEditing;
import com.reportflow.planning.OutlineTemplate;
import com.reportflow.planning.ReportPlanning;
import com.reportflow.publication.PublicationService;
import com.reportflow.report.OfficeHeadCheck;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportRepository;
import com.reportflow.report.ReportStage;
import com.reportflow.report.SectionStatus;
import com.reportflow.review.ReviewService;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.UserFacingException;
import com.reportflow.signoff.SignOffService;
import com.reportflow.workflow.WorkItem;
import com.reportflow.workflow.WorkQueries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the authorization and bad-input tests beside the features: the feature services, the demo bureau's people,
 * reports opened at a step, the kinds of bad text, and the assertions that an action is refused and nothing about the
 * report changed. A test class opens the reports it needs in its own {@code @BeforeAll}: the refusals change nothing,
 * so its tests share them; tests that succeed open their own reports.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RefusalTest {

    public static final List<String> EVERYONE = List.of(
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
    public static final List<String> NOT_COORDINATOR = allBut("coordinator");

    public static final long FORGED_ID = 999_999_999L;

    public static final String REQUIRED = "error.required";
    public static final String TOO_LONG = "error.too-long";
    public static final String CONTROL = "error.control-characters";
    public static final String SCRIPT = "<script>alert(1)</script>";
    public static final String ENTITY = "<!DOCTYPE x [<!ENTITY e \"boom\">]>&e;";

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected Directory directory;

    @Autowired
    protected ReportRepository reports;

    @Autowired
    protected ReportQueries queries;

    @Autowired
    protected WorkQueries work;

    @Autowired
    protected ReportPlanning planning;

    @Autowired
    protected OfficeHeadCheck officeHeadCheck;

    @Autowired
    protected OutlineEditing outline;

    @Autowired
    protected DraftingService drafting;

    @Autowired
    protected ReviewService review;

    @Autowired
    protected CompilationService compilation;

    @Autowired
    protected DeliberationService deliberation;

    @Autowired
    protected SignOffService signOff;

    @Autowired
    protected PublicationService publication;

    @Autowired
    protected InboxService inbox;

    @Autowired
    protected MonitoringProgress monitoring;

    @Autowired
    protected TaskAlerts alerts;

    @Autowired
    protected NotificationService notifications;

    protected ReportSteps steps;

    /** The report of {@link #openDraftingReport()} or {@link #openDraftingReportWithOfficeCheck()}. */
    protected long draftingReport;

    /** A section of the drafting report still in drafting. */
    protected long draftSection;

    /** A section of the drafting report under legality review. */
    protected long sectionUnderReview;

    /** A section of the drafting report approved by the legal advisor. */
    protected long approvedSection;

    /** A heading of the drafting report: it groups sections and is no section itself. */
    protected long heading;

    /** A report with the office-head check, see {@link #openOfficeCheckReport()}. */
    protected long officeCheckReport;

    /** A section waiting at the office head's check. */
    protected long sectionInOfficeCheck;

    /** A section of the drafting report with the office check that tests may save text into. */
    protected long spareSection;

    @BeforeAll
    protected final void prepareSteps() {
        steps = new ReportSteps(context);
    }

    // --- reports at a step -------------------------------------------------------------------------------------

    /**
     * A report without the office-head check: {@link #draftSection} in drafting, {@link #sectionUnderReview} under
     * legality review, {@link #approvedSection} approved, and its first {@link #heading}.
     */
    protected void openDraftingReport() {
        List<Long> sections = openDrafting(false);
        sectionUnderReview = sections.get(1);
        approvedSection = sections.get(2);
        heading = steps.headingIds(draftingReport).getFirst();
        steps.submit("author", sectionUnderReview, "待审查的正文");
        steps.submit("author", approvedSection, "已通过的正文");
        as("advisor", () -> review.approve(approvedSection));
    }

    /** A report with the office-head check whose first section, {@link #sectionInOfficeCheck}, waits at the check. */
    protected void openOfficeCheckReport() {
        officeCheckReport = steps.drafting(true);
        sectionInOfficeCheck = steps.sectionIds(officeCheckReport).getFirst();
        steps.submit("author", sectionInOfficeCheck, "待科室审核的正文");
    }

    /**
     * A report with the office-head check: {@link #draftSection} in drafting, {@link #sectionInOfficeCheck} at the
     * office head, {@link #sectionUnderReview} passed by the office head and under legality review, and
     * {@link #spareSection} in drafting.
     */
    protected void openDraftingReportWithOfficeCheck() {
        List<Long> sections = openDrafting(true);
        sectionInOfficeCheck = sections.get(1);
        sectionUnderReview = sections.get(2);
        spareSection = sections.get(3);
        steps.submit("author", sectionInOfficeCheck, "待科室审核的正文");
        steps.submit("author", sectionUnderReview, "待合法性审查的正文");
        as("officehead", () -> drafting.approveInOffice(sectionUnderReview));
    }

    /** Opens {@link #draftingReport} with its first section as {@link #draftSection}; returns all its sections. */
    private List<Long> openDrafting(boolean officeCheck) {
        draftingReport = steps.drafting(officeCheck);
        List<Long> sections = steps.sectionIds(draftingReport);
        draftSection = sections.get(0);
        return sections;
    }

    /** Reminds the author of the section to draft it; returns the id of the author's notification. */
    protected long remindTheAuthor(long sectionId) {
        alerts.remind("draftSection", sectionId);
        return as("author", () -> notifications.mine(0, 1)).getFirst().id();
    }

    // --- refusals ----------------------------------------------------------------------------------------------

    /** The action is refused with the given exception, and nothing about the report changed. */
    protected <E extends UserFacingException> E refused(String user, long reportId, Class<E> type, Runnable action) {
        ReportState before = ReportState.of(context, reportId);
        Throwable thrown = catchThrowable(() -> as(user, action));
        assertThat(thrown).as("%s is refused", user).isInstanceOf(type);
        assertThat(ReportState.of(context, reportId))
                .as("nothing changed after %s was refused", user)
                .isEqualTo(before);
        return type.cast(thrown);
    }

    /** The action is refused with the given message, and nothing about the report changed. */
    protected UserFacingException refusedWith(String user, long reportId, String messageKey, Runnable action) {
        UserFacingException e = refused(user, reportId, UserFacingException.class, action);
        assertThat(e.messageKey()).isEqualTo(messageKey);
        return e;
    }

    /** The input is refused as invalid with the given message, and nothing about the report changed. */
    protected void refusedInput(long reportId, String key, String user, Runnable action) {
        ReportState before = ReportState.of(context, reportId);
        assertThatThrownBy(() -> as(user, action))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(
                        e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo(key));
        assertThat(ReportState.of(context, reportId)).as("nothing changed").isEqualTo(before);
    }

    /** The action is refused with the given exception, and no report and no task was created. */
    protected <E extends Throwable> E notCreated(String user, Class<E> type, Runnable action) {
        long reportsBefore = reports.count();
        int tasksBefore = work.openTasks().size();
        Throwable thrown = catchThrowable(() -> as(user, action));
        assertThat(thrown).isInstanceOf(type);
        assertThat(reports.count()).isEqualTo(reportsBefore);
        assertThat(work.openTasks()).hasSize(tasksBefore);
        return type.cast(thrown);
    }

    // --- reading the report ------------------------------------------------------------------------------------

    protected long version(long sectionId) {
        return as("coordinator", () -> queries.section(sectionId)).version();
    }

    protected SectionStatus status(long sectionId) {
        return as("coordinator", () -> queries.section(sectionId)).status();
    }

    protected String body(long sectionId) {
        return as("coordinator", () -> queries.section(sectionId)).body();
    }

    protected ReportStage stage(long reportId) {
        return reports.findById(reportId).orElseThrow().getStage();
    }

    protected WorkItem openTask(long reportId, long sectionId) {
        return work.openTasks().stream()
                .filter(t -> t.reportId() == reportId && t.sectionId() != null && t.sectionId() == sectionId)
                .findFirst()
                .orElseThrow();
    }

    // --- new reports -------------------------------------------------------------------------------------------

    /** Last year's report, every section assigned to the office of {@link ReportSteps}, without the office check. */
    protected NewReport newReport() {
        return newReport(LocalDate.now().getYear() - 1 + "年度法治政府建设情况报告", assignments());
    }

    protected static NewReport newReport(String title, List<NewReport.Assignment> assignments) {
        return new NewReport(LocalDate.now().getYear() - 1, title, false, assignments);
    }

    /** Every section of the statutory template, assigned to the office of {@link ReportSteps}, due in 30 days. */
    protected List<NewReport.Assignment> assignments() {
        List<NewReport.Assignment> assignments = new ArrayList<>();
        for (OutlineTemplate.Leaf leaf : OutlineTemplate.statutory().leaves()) {
            assignments.add(new NewReport.Assignment(
                    leaf.index(), true, officeId(), LocalDate.now().plusDays(30)));
        }
        return assignments;
    }

    protected long officeId() {
        return directory.officeByCode(ReportSteps.OFFICE).orElseThrow().getId();
    }

    // --- people ------------------------------------------------------------------------------------------------

    /** The demo users but the permitted ones. */
    public static List<String> allBut(String... permitted) {
        List<String> others = new ArrayList<>(EVERYONE);
        others.removeAll(Arrays.asList(permitted));
        return List.copyOf(others);
    }

    // --- the kinds of bad text ---------------------------------------------------------------------------------

    /** Text that must be one line, with a limit. */
    public static Stream<Arguments> badLine(int limit) {
        return Stream.concat(
                Stream.of(
                        arguments(named("empty", ""), REQUIRED),
                        arguments(named("blank", "  \u3000 "), REQUIRED),
                        arguments(named("missing", null), REQUIRED),
                        arguments(named("one over the limit", "字".repeat(limit + 1)), TOO_LONG),
                        arguments(
                                named("a rare character taking it over the limit", "字".repeat(limit - 1) + "𠮷"),
                                TOO_LONG),
                        arguments(named("a line break", "第一行\n第二行"), CONTROL),
                        arguments(named("a Windows line break", "第一行\r\n第二行"), CONTROL),
                        arguments(named("a carriage return", "第一行\r第二行"), CONTROL),
                        arguments(named("a tab", "名\t称"), CONTROL),
                        arguments(
                                named("entity text over two lines", "<!DOCTYPE x [\n<!ENTITY e \"boom\">]>&e;"),
                                CONTROL)),
                controlCharacters());
    }

    /** Text of several lines that must not be empty, with a limit. */
    public static Stream<Arguments> badRequiredText(int limit) {
        return Stream.concat(
                Stream.of(
                        arguments(named("empty", ""), REQUIRED),
                        arguments(named("blank lines", " \n\t\r\n "), REQUIRED),
                        arguments(named("missing", null), REQUIRED),
                        arguments(named("one over the limit", "字".repeat(limit + 1)), TOO_LONG)),
                controlCharacters());
    }

    /** Text of several lines that may be empty, with a limit. */
    public static Stream<Arguments> badOptionalText(int limit) {
        return Stream.concat(
                Stream.of(
                        arguments(named("one over the limit", "字".repeat(limit + 1)), TOO_LONG),
                        arguments(named("an emoji taking it over the limit", "字".repeat(limit - 1) + "😀"), TOO_LONG)),
                controlCharacters());
    }

    public static Stream<Arguments> controlCharacters() {
        return Stream.of(
                arguments(named("NUL", "正文\u0000正文"), CONTROL),
                arguments(named("BEL", "正文\u0007"), CONTROL),
                arguments(named("ESC", "\u001B[31m正文"), CONTROL),
                arguments(named("DEL", "正文\u007F"), CONTROL),
                arguments(named("a C1 control", "正文\u0085正文"), CONTROL),
                arguments(named("a lone high surrogate", "正文\uD842"), CONTROL),
                arguments(named("a lone low surrogate", "\uDFB7正文"), CONTROL),
                arguments(named("surrogates in the wrong order", "正文\uDFB7\uD842正文"), CONTROL),
                arguments(named("a line separator", "正文\u2028正文"), CONTROL),
                arguments(named("a paragraph separator", "正文\u2029正文"), CONTROL));
    }

    /** A title, an issuer, an organisation or a recipient: one line of at most 200 characters. */
    public static Stream<Arguments> titles() {
        return badLine(200);
    }

    /** An opinion of the office head or the legal advisor: required, at most 5,000 characters. */
    public static Stream<Arguments> opinions() {
        return badRequiredText(5_000);
    }
}
