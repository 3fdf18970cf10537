package com.reportflow;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.reportflow.compilation.CompilationService;
import com.reportflow.deliberation.Deliberation;
import com.reportflow.deliberation.DeliberationService;
import com.reportflow.directory.Directory;
import com.reportflow.drafting.DraftingService;
import com.reportflow.publication.DisclosureMetadata;
import com.reportflow.publication.Publication;
import com.reportflow.publication.PublicationService;
import com.reportflow.publication.SuperiorSubmission;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.HistoryEntry;
import com.reportflow.report.LegalOpinion;
import com.reportflow.report.NewReport;
import com.reportflow.report.OpinionAspect;
import com.reportflow.report.OutlineEditing;
import com.reportflow.report.OutlineTemplate;
import com.reportflow.report.Report;
import com.reportflow.report.ReportPlanning;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportRepository;
import com.reportflow.report.ReportSection;
import com.reportflow.review.ReviewService;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.UserFacingException;
import com.reportflow.signoff.SignOffService;
import com.reportflow.workflow.Decision;
import com.reportflow.workflow.DeliberationOutcome;
import com.reportflow.workflow.ReportWorkflow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What people type, at every place they type it: empty, one over the limit, control characters, broken surrogates,
 * line breaks where one line is expected. Each is refused with the message that says why and changes nothing.
 * Markup and entity text are legitimate text: stored exactly as typed and never interpreted.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    static final String REQUIRED = "error.required";
    static final String TOO_LONG = "error.too-long";
    static final String CONTROL = "error.control-characters";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ENTITY = "<!DOCTYPE x [<!ENTITY e \"boom\">]>&e;";

    @Autowired
    ApplicationContext context;

    @Autowired
    ReportPlanning planning;

    @Autowired
    Directory directory;

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
    OutlineEditing outline;

    @Autowired
    CompilationService compilation;

    @Autowired
    DeliberationService deliberation;

    @Autowired
    SignOffService signOff;

    @Autowired
    PublicationService publication;

    ReportSteps steps;

    /** Shared by the refusals, which change nothing. */
    long draftingReport;

    long draftSection;
    long sectionInOfficeCheck;
    long sectionUnderReview;
    long spareSection;
    long compilingReport;
    long deliberatingReport;
    long publishingReport;

    @BeforeAll
    void openReportsAtEachStep() {
        steps = new ReportSteps(context);
        draftingReport = steps.drafting(true);
        List<Long> sections = steps.sectionIds(draftingReport);
        draftSection = sections.get(0);
        sectionInOfficeCheck = sections.get(1);
        sectionUnderReview = sections.get(2);
        spareSection = sections.get(3);
        steps.submit("author", sectionInOfficeCheck, "待科室审核的正文");
        steps.submit("author", sectionUnderReview, "待合法性审查的正文");
        as("officehead", () -> drafting.approveInOffice(sectionUnderReview));

        compilingReport = steps.compiling();
        deliberatingReport = steps.deliberating("待审议的报告");
        publishingReport = steps.publishing("待公开的报告");
    }

    // --- the kinds of bad text ---------------------------------------------------------------------------------

    /** Text that must be one line, with a limit. */
    static Stream<Arguments> badLine(int limit) {
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
    static Stream<Arguments> badRequiredText(int limit) {
        return Stream.concat(
                Stream.of(
                        arguments(named("empty", ""), REQUIRED),
                        arguments(named("blank lines", " \n\t\r\n "), REQUIRED),
                        arguments(named("missing", null), REQUIRED),
                        arguments(named("one over the limit", "字".repeat(limit + 1)), TOO_LONG)),
                controlCharacters());
    }

    /** Text of several lines that may be empty, with a limit. */
    static Stream<Arguments> badOptionalText(int limit) {
        return Stream.concat(
                Stream.of(
                        arguments(named("one over the limit", "字".repeat(limit + 1)), TOO_LONG),
                        arguments(named("an emoji taking it over the limit", "字".repeat(limit - 1) + "😀"), TOO_LONG)),
                controlCharacters());
    }

    static Stream<Arguments> controlCharacters() {
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

    static Stream<Arguments> sectionTexts() {
        return badOptionalText(ReportSection.MAX_BODY_LENGTH);
    }

    static Stream<Arguments> submittedTexts() {
        return Stream.concat(
                Stream.of(
                        arguments(named("empty", ""), "error.section.empty"),
                        arguments(named("blank lines", " \n\u3000\r\n\t"), "error.section.empty"),
                        arguments(named("missing", null), "error.section.empty")),
                sectionTexts());
    }

    static Stream<Arguments> opinions() {
        return badRequiredText(5_000);
    }

    static Stream<Arguments> deliberationNotes() {
        return badOptionalText(5_000);
    }

    static Stream<Arguments> meetingNames() {
        return badLine(100);
    }

    static Stream<Arguments> titles() {
        return badLine(200);
    }

    static Stream<Arguments> documentNumbers() {
        return Stream.concat(
                Stream.of(
                        arguments(named("one over the limit", "某教发〔2026〕" + "1".repeat(51) + "号"), TOO_LONG),
                        arguments(named("a line break", "某教发\n〔2026〕3号"), CONTROL),
                        arguments(named("half-width brackets", "某教发[2026]3号"), "error.publication.document-number"),
                        arguments(named("no year", "某教发3号"), "error.publication.document-number"),
                        arguments(named("markup", "某教发〔2026〕3号" + SCRIPT), "error.publication.document-number")),
                controlCharacters());
    }

    // --- drafting ----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("sectionTexts")
    void a_bad_section_text_is_not_saved(String text, String key) {
        refused(draftingReport, key, "author", () -> drafting.save(draftSection, version(draftSection), text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("submittedTexts")
    void a_bad_or_empty_section_text_is_not_submitted(String text, String key) {
        refused(draftingReport, key, "author", () -> drafting.submit(draftSection, version(draftSection), text));
    }

    @Test
    void a_section_text_at_the_limit_is_saved_and_line_endings_are_normalised() {
        String longest = "字".repeat(ReportSection.MAX_BODY_LENGTH);
        String rarest = "𠮷".repeat(ReportSection.MAX_BODY_LENGTH / 2);
        as("author", () -> drafting.save(spareSection, version(spareSection), longest));
        assertThat(body(spareSection)).isEqualTo(longest);
        as("author", () -> drafting.save(spareSection, version(spareSection), rarest));
        assertThat(body(spareSection)).isEqualTo(rarest);
        as("author", () -> drafting.save(spareSection, version(spareSection), "第一段\r\n第二段\r第三段\n"));
        assertThat(body(spareSection)).isEqualTo("第一段\n第二段\n第三段\n");
        as("author", () -> drafting.save(spareSection, version(spareSection), ""));
        assertThat(body(spareSection)).isEmpty();
    }

    // --- opinions ----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("opinions")
    void a_bad_opinion_of_the_legal_advisor_is_refused(String opinion, String key) {
        refused(draftingReport, key, "advisor", () -> review.returnWithOpinion(sectionUnderReview, opinion));
    }

    static Stream<Arguments> outlineHeadings() {
        return Stream.concat(
                badLine(200),
                Stream.of(
                        arguments(named("一、 typed", "一、依法行政"), "error.outline.typed-number"),
                        arguments(named("（二） typed", "（二）依法行政"), "error.outline.typed-number"),
                        arguments(named("(3) typed", "(3)依法行政"), "error.outline.typed-number"),
                        arguments(named("1. typed", "1.依法行政"), "error.outline.typed-number"),
                        arguments(named("１． typed full width", "１．依法行政"), "error.outline.typed-number")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outlineHeadings")
    void a_bad_heading_in_the_outline_is_refused(String heading, String key) {
        long sectionId = steps.sectionIds(draftingReport).getFirst();
        refused(draftingReport, key, "coordinator", () -> outline.rename(sectionId, "依法全面履行政府职能", heading));
        refused(draftingReport, key, "coordinator", () -> outline.addHeading(draftingReport, null, heading));
    }

    @Test
    void a_heading_that_merely_starts_with_a_year_or_a_number_word_is_not_a_typed_number() {
        long sectionId = steps.sectionIds(draftingReport).getFirst();
        String before = steps.sections(draftingReport).getFirst().heading();
        as("coordinator", () -> outline.rename(sectionId, before, "2025年依法行政工作"));
        as("coordinator", () -> outline.rename(sectionId, "2025年依法行政工作", "一是完善制度"));
        refused(
                draftingReport,
                "error.outline.renamed-meanwhile",
                "coordinator",
                () -> outline.rename(sectionId, before, "迟到的改名"));
        as("coordinator", () -> outline.rename(sectionId, "一是完善制度", before));
    }

    static Stream<Arguments> findings() {
        return Stream.of(OpinionAspect.values()).flatMap(aspect -> badOptionalText(5_000)
                .map(args -> arguments(
                        named(aspect + ": " + args.get()[0], aspect),
                        ((Named<?>) args.get()[0]).getPayload(),
                        args.get()[1])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("findings")
    void a_bad_finding_in_a_structured_opinion_is_refused(OpinionAspect aspect, String finding, String key) {
        LegalOpinion opinion = new LegalOpinion(Decision.RETURN, findingOn(aspect, finding), "请修改。", null);
        refused(draftingReport, key, "advisor", () -> review.decide(sectionUnderReview, 1, opinion));
    }

    static Stream<Arguments> malformedOpinions() {
        return Stream.of(
                arguments(
                        named("paragraph 0", new LegalOpinion(Decision.RETURN, Map.of(), "请修改。", 0)),
                        "error.opinion.paragraph"),
                arguments(
                        named("paragraph -3", new LegalOpinion(Decision.RETURN, Map.of(), "请修改。", -3)),
                        "error.opinion.paragraph"),
                arguments(
                        named("paragraph beyond the text", new LegalOpinion(Decision.RETURN, Map.of(), "请修改。", 99)),
                        "error.opinion.paragraph"),
                arguments(
                        named("no conclusion", new LegalOpinion(null, Map.of(), "请修改。", null)),
                        "error.opinion.conclusion"),
                arguments(
                        named(
                                "a return with blank findings only",
                                new LegalOpinion(
                                        Decision.RETURN,
                                        Map.of(OpinionAspect.CONTENT, " \n", OpinionAspect.WORDING, "\u3000"),
                                        "\t",
                                        null)),
                        "error.required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedOpinions")
    void a_malformed_structured_opinion_is_refused(LegalOpinion opinion, String key) {
        refused(draftingReport, key, "advisor", () -> review.decide(sectionUnderReview, 1, opinion));
    }

    @Test
    void a_decision_on_a_revision_other_than_the_one_under_review_is_refused() {
        refused(
                draftingReport,
                "error.review.revision-changed",
                "advisor",
                () -> review.decide(sectionUnderReview, 7, LegalOpinion.approval()));
    }

    private static Map<OpinionAspect, String> findingOn(OpinionAspect aspect, String text) {
        Map<OpinionAspect, String> findings = new java.util.EnumMap<>(OpinionAspect.class);
        findings.put(aspect, text);
        return findings;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("opinions")
    void a_bad_opinion_of_the_office_head_is_refused(String opinion, String key) {
        refused(draftingReport, key, "officehead", () -> drafting.returnInOffice(sectionInOfficeCheck, opinion));
    }

    // --- compilation -------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("titles")
    void a_bad_report_title_is_refused_at_compilation(String title, String key) {
        refused(
                compilingReport,
                key,
                "coordinator",
                () -> compilation.sendToDeliberation(compilingReport, title, "某某市教育局", LocalDate.now()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("titles")
    void a_bad_issuer_is_refused_at_compilation(String issuer, String key) {
        refused(
                compilingReport,
                key,
                "coordinator",
                () -> compilation.sendToDeliberation(compilingReport, "2025年度法治政府建设情况报告", issuer, LocalDate.now()));
    }

    @Test
    void a_missing_past_or_far_closing_date_is_refused_at_compilation() {
        refused(
                compilingReport,
                REQUIRED,
                "coordinator",
                () -> compilation.sendToDeliberation(compilingReport, "标题", "某某市教育局", null));
        refused(
                compilingReport,
                "error.report.closing-date",
                "coordinator",
                () -> compilation.sendToDeliberation(
                        compilingReport, "标题", "某某市教育局", LocalDate.now().plusDays(61)));
        refused(
                compilingReport,
                "error.report.closing-date",
                "coordinator",
                () -> compilation.sendToDeliberation(
                        compilingReport, "标题", "某某市教育局", LocalDate.now().minusDays(1)));
    }

    // --- deliberation ------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("meetingNames")
    void a_bad_meeting_name_is_refused(String meeting, String key) {
        refused(
                deliberatingReport,
                key,
                "secretary",
                () -> deliberation.record(
                        deliberatingReport, meeting, LocalDate.now(), DeliberationOutcome.PASSED, Set.of(), ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deliberationNotes")
    void bad_deliberation_notes_are_refused(String notes, String key) {
        long sectionId = steps.sectionIds(deliberatingReport).getFirst();
        refused(
                deliberatingReport,
                key,
                "secretary",
                () -> deliberation.record(
                        deliberatingReport,
                        "2026年第1次党组会议",
                        LocalDate.now(),
                        DeliberationOutcome.RETURNED,
                        Set.of(sectionId),
                        notes));
    }

    @Test
    void an_incomplete_or_contradictory_deliberation_record_is_refused() {
        long sectionId = steps.sectionIds(deliberatingReport).getFirst();
        String meeting = "2026年第1次党组会议";
        LocalDate today = LocalDate.now();
        refused(
                deliberatingReport,
                REQUIRED,
                "secretary",
                () -> deliberation.record(deliberatingReport, meeting, null, DeliberationOutcome.PASSED, Set.of(), ""));
        refused(
                deliberatingReport,
                "error.deliberation.future-date",
                "secretary",
                () -> deliberation.record(
                        deliberatingReport, meeting, today.plusDays(1), DeliberationOutcome.PASSED, Set.of(), ""));
        refused(
                deliberatingReport,
                REQUIRED,
                "secretary",
                () -> deliberation.record(deliberatingReport, meeting, today, null, Set.of(), ""));
        refused(
                deliberatingReport,
                "error.deliberation.sections-required",
                "secretary",
                () -> deliberation.record(
                        deliberatingReport, meeting, today, DeliberationOutcome.RETURNED, Set.of(), "请充实"));
        refused(
                deliberatingReport,
                "error.deliberation.sections-required",
                "secretary",
                () -> deliberation.record(
                        deliberatingReport, meeting, today, DeliberationOutcome.RETURNED, null, "请充实"));
        refused(
                deliberatingReport,
                "error.deliberation.sections-not-expected",
                "secretary",
                () -> deliberation.record(
                        deliberatingReport, meeting, today, DeliberationOutcome.PASSED, Set.of(sectionId), ""));
        refused(
                deliberatingReport,
                "error.deliberation.reason-required",
                "secretary",
                () -> deliberation.record(
                        deliberatingReport, meeting, today, DeliberationOutcome.RETURNED, Set.of(sectionId), " \n "));
        refused(
                deliberatingReport,
                "error.deliberation.reason-required",
                "secretary",
                () -> deliberation.record(
                        deliberatingReport, meeting, today, DeliberationOutcome.RETURNED, Set.of(sectionId), null));
    }

    // --- publication and the submission upward -----------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("titles")
    void a_bad_publishing_organisation_is_refused(String organisation, String key) {
        refused(
                publishingReport,
                key,
                "coordinator",
                () -> publication.publish(
                        publishingReport,
                        true,
                        metadata(m -> new DisclosureMetadata(
                                m.documentNumber(),
                                m.topicCategory(),
                                m.genreCategory(),
                                organisation,
                                m.validity(),
                                m.writtenDate(),
                                m.publishDate()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentNumbers")
    void a_bad_document_number_is_refused(String documentNumber, String key) {
        refused(
                publishingReport,
                key,
                "coordinator",
                () -> publication.publish(
                        publishingReport,
                        true,
                        metadata(m -> new DisclosureMetadata(
                                documentNumber,
                                m.topicCategory(),
                                m.genreCategory(),
                                m.publishingOrganisation(),
                                m.validity(),
                                m.writtenDate(),
                                m.publishDate()))));
    }

    Stream<Arguments> badMetadata() {
        LocalDate today = LocalDate.now();
        return Stream.of(
                badMetadata("no metadata at all", REQUIRED, m -> null),
                badMetadata(
                        "a topic not in the catalogue",
                        REQUIRED,
                        m -> new DisclosureMetadata(
                                m.documentNumber(),
                                "不存在的分类",
                                m.genreCategory(),
                                m.publishingOrganisation(),
                                m.validity(),
                                m.writtenDate(),
                                m.publishDate())),
                badMetadata(
                        "no topic",
                        REQUIRED,
                        m -> new DisclosureMetadata(
                                m.documentNumber(),
                                null,
                                m.genreCategory(),
                                m.publishingOrganisation(),
                                m.validity(),
                                m.writtenDate(),
                                m.publishDate())),
                badMetadata(
                        "no genre",
                        REQUIRED,
                        m -> new DisclosureMetadata(
                                m.documentNumber(),
                                m.topicCategory(),
                                null,
                                m.publishingOrganisation(),
                                m.validity(),
                                m.writtenDate(),
                                m.publishDate())),
                badMetadata(
                        "a genre with markup",
                        REQUIRED,
                        m -> new DisclosureMetadata(
                                m.documentNumber(),
                                m.topicCategory(),
                                "报告" + SCRIPT,
                                m.publishingOrganisation(),
                                m.validity(),
                                m.writtenDate(),
                                m.publishDate())),
                badMetadata(
                        "an unknown validity",
                        REQUIRED,
                        m -> new DisclosureMetadata(
                                m.documentNumber(),
                                m.topicCategory(),
                                m.genreCategory(),
                                m.publishingOrganisation(),
                                "永久",
                                m.writtenDate(),
                                m.publishDate())),
                badMetadata(
                        "no written date",
                        REQUIRED,
                        m -> new DisclosureMetadata(
                                m.documentNumber(),
                                m.topicCategory(),
                                m.genreCategory(),
                                m.publishingOrganisation(),
                                m.validity(),
                                null,
                                m.publishDate())),
                badMetadata(
                        "no publish date",
                        REQUIRED,
                        m -> new DisclosureMetadata(
                                m.documentNumber(),
                                m.topicCategory(),
                                m.genreCategory(),
                                m.publishingOrganisation(),
                                m.validity(),
                                m.writtenDate(),
                                null)),
                badMetadata(
                        "a publish date in the future",
                        "error.publication.dates",
                        m -> new DisclosureMetadata(
                                m.documentNumber(),
                                m.topicCategory(),
                                m.genreCategory(),
                                m.publishingOrganisation(),
                                m.validity(),
                                today,
                                today.plusDays(1))),
                badMetadata(
                        "written after publication",
                        "error.publication.dates",
                        m -> new DisclosureMetadata(
                                m.documentNumber(),
                                m.topicCategory(),
                                m.genreCategory(),
                                m.publishingOrganisation(),
                                m.validity(),
                                today,
                                today.minusDays(1))),
                badMetadata(
                        "written before the sign-off",
                        "error.publication.written-date-fixed",
                        m -> new DisclosureMetadata(
                                m.documentNumber(),
                                m.topicCategory(),
                                m.genreCategory(),
                                m.publishingOrganisation(),
                                m.validity(),
                                today.minusDays(1),
                                today)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMetadata")
    void incomplete_or_inconsistent_disclosure_metadata_is_refused(
            UnaryOperator<DisclosureMetadata> change, String key) {
        refused(
                publishingReport,
                key,
                "coordinator",
                () -> publication.publish(publishingReport, true, metadata(change)));
    }

    @Test
    void publication_without_the_confidentiality_check_is_refused() {
        refused(
                publishingReport,
                "error.publication.confidentiality",
                "coordinator",
                () -> publication.publish(publishingReport, false, ReportSteps.metadata()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("titles")
    void a_bad_recipient_of_the_submission_is_refused(String recipient, String key) {
        refused(
                publishingReport,
                key,
                "coordinator",
                () -> publication.recordSubmission(
                        publishingReport, recipient, LocalDate.now(), SuperiorSubmission.Channel.PAPER));
    }

    @Test
    void a_submission_without_date_or_channel_or_dated_tomorrow_is_refused() {
        refused(
                publishingReport,
                REQUIRED,
                "coordinator",
                () -> publication.recordSubmission(publishingReport, "市教育局", null, SuperiorSubmission.Channel.PAPER));
        refused(
                publishingReport,
                "error.submission.future-date",
                "coordinator",
                () -> publication.recordSubmission(
                        publishingReport, "市教育局", LocalDate.now().plusDays(1), SuperiorSubmission.Channel.PAPER));
        refused(
                publishingReport,
                REQUIRED,
                "coordinator",
                () -> publication.recordSubmission(publishingReport, "市教育局", LocalDate.now(), null));
    }

    // --- report creation ---------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("titles")
    void a_bad_title_is_refused_when_a_report_is_created(String title, String key) {
        NewReport command = newReport(title, assignments());
        notCreated(key, () -> planning.createAndStart(command));
    }

    Stream<Arguments> badPlans() {
        int year = LocalDate.now().getYear() - 1;
        List<NewReport.Assignment> all = assignments();
        long office = officeId();
        LocalDate due = LocalDate.now().plusDays(30);
        return Stream.of(
                badPlan("a year before 2000", "error.report.year", new NewReport(1999, "标题", false, all)),
                badPlan("a year after next", "error.report.year", new NewReport(year + 3, "标题", false, all)),
                badPlan(
                        "a leaf index out of range",
                        "error.report.assignment",
                        newReport("标题", with(all, new NewReport.Assignment(99, true, office, due)))),
                badPlan(
                        "a negative leaf index",
                        "error.report.assignment",
                        newReport("标题", with(all, new NewReport.Assignment(-1, true, office, due)))),
                badPlan(
                        "a section assigned twice",
                        "error.report.assignment",
                        newReport("标题", with(all, new NewReport.Assignment(0, true, office, due)))),
                badPlan(
                        "a statutory section left out",
                        "error.report.section-required",
                        newReport("标题", replace(all, new NewReport.Assignment(8, false, office, due)))),
                badPlan(
                        "a section without office",
                        "error.report.office-missing",
                        newReport("标题", replace(all, new NewReport.Assignment(0, true, null, due)))),
                badPlan(
                        "a forged office id",
                        "error.report.office-missing",
                        newReport("标题", replace(all, new NewReport.Assignment(0, true, 999_999_999L, due)))),
                badPlan(
                        "a due date in the past",
                        "error.report.due-invalid",
                        newReport(
                                "标题",
                                replace(
                                        all,
                                        new NewReport.Assignment(
                                                0, true, office, LocalDate.now().minusDays(1))))),
                badPlan(
                        "no due date",
                        "error.report.due-invalid",
                        newReport("标题", replace(all, new NewReport.Assignment(0, true, office, null)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPlans")
    void a_bad_plan_is_refused_when_a_report_is_created(NewReport command, String key) {
        notCreated(key, () -> planning.createAndStart(command));
    }

    @Test
    void a_title_at_the_limit_is_stored_even_with_characters_outside_the_basic_plane() {
        for (String title : List.of("字".repeat(198) + "𠮷", "😀".repeat(100))) {
            long reportId = as("coordinator", () -> planning.createAndStart(newReport(title, assignments())));
            assertThat(reports.findById(reportId).orElseThrow().getTitle()).isEqualTo(title);
        }
    }

    // --- markup is text ----------------------------------------------------------------------------------------

    @Test
    void markup_and_entity_text_are_stored_exactly_as_typed_everywhere_and_never_interpreted() {
        String markup = SCRIPT + ENTITY;
        String body = "第一段 " + SCRIPT + "\n" + ENTITY + "\n&lt;b&gt; &amp; <![CDATA[x]]> ${7*7} {{7*7}}";

        long reportId = as("coordinator", () -> planning.createAndStart(newReport("报告" + markup, assignments())));
        assertThat(reports.findById(reportId).orElseThrow().getTitle()).isEqualTo("报告" + markup);
        as("coordinator", () -> planning.setOfficeHeadCheck(reportId, true));
        List<Long> sections = steps.sectionIds(reportId);
        long first = sections.getFirst();

        as("author", () -> drafting.save(first, version(first), body));
        assertThat(body(first)).isEqualTo(body);
        steps.submit("author", first, body);
        as("officehead", () -> drafting.returnInOffice(first, "科室意见 " + markup));
        assertThat(as("author", () -> drafting.section(first)).latestReturn().getComment())
                .isEqualTo("科室意见 " + markup);
        as("coordinator", () -> planning.setOfficeHeadCheck(reportId, false));
        steps.submit("author", first, body);
        as("advisor", () -> review.returnWithOpinion(first, "审查意见\n" + markup));
        assertThat(as("author", () -> drafting.section(first))
                        .latestReturnOpinion()
                        .orElseThrow()
                        .remarks())
                .isEqualTo("审查意见\n" + markup);
        steps.submit("author", first, body);
        for (long sectionId : sections) {
            if (sectionId != first) {
                steps.submit("author", sectionId, "正文 " + sectionId);
            }
            as("advisor", () -> review.approve(sectionId));
        }

        as(
                "coordinator",
                () -> compilation.sendToDeliberation(reportId, "标题" + markup, "机关" + markup, LocalDate.now()));
        Report compiled = reports.findById(reportId).orElseThrow();
        assertThat(compiled.getTitle()).isEqualTo("标题" + markup);
        assertThat(compiled.getIssuer()).isEqualTo("机关" + markup);

        as(
                "secretary",
                () -> deliberation.record(
                        reportId,
                        "会议" + markup,
                        LocalDate.now(),
                        DeliberationOutcome.RETURNED,
                        Set.of(first),
                        "意见" + markup + "\n" + markup));
        Deliberation record =
                as("secretary", () -> deliberation.records(reportId)).getLast();
        assertThat(record.getMeetingName()).isEqualTo("会议" + markup);
        assertThat(record.getNotes()).isEqualTo("意见" + markup + "\n" + markup);
        steps.submit("author", first, body);
        as("advisor", () -> review.approve(first));
        steps.compile(reportId, "标题" + markup);
        as(
                "secretary",
                () -> deliberation.record(
                        reportId, "会议" + markup, LocalDate.now(), DeliberationOutcome.PASSED, Set.of(), null));
        as("director", () -> signOff.signOff(reportId));

        as(
                "coordinator",
                () -> publication.publish(
                        reportId,
                        true,
                        metadata(m -> new DisclosureMetadata(
                                m.documentNumber(),
                                m.topicCategory(),
                                m.genreCategory(),
                                "某某市教育局" + markup,
                                m.validity(),
                                m.writtenDate(),
                                m.publishDate()))));
        as(
                "coordinator",
                () -> publication.recordSubmission(
                        reportId, "市教育局" + markup, LocalDate.now(), SuperiorSubmission.Channel.EMAIL));
        Publication published =
                as("coordinator", () -> publication.publication(reportId)).orElseThrow();
        assertThat(published.getPublishingOrganisation()).isEqualTo("某某市教育局" + markup);
        assertThat(as("coordinator", () -> publication.submissions(reportId))
                        .getFirst()
                        .getRecipient())
                .isEqualTo("市教育局" + markup);

        assertThat(as("coordinator", () -> queries.document(reportId)).entries())
                .filteredOn(e -> e.sectionId() == first)
                .singleElement()
                .satisfies(e -> assertThat(e.body())
                        .as("the document every later step reads")
                        .isEqualTo(body));
        assertThat(as("coordinator", () -> queries.reportHistory(reportId)))
                .filteredOn(h -> h.getAction() == HistoryAction.COMPILED)
                .extracting(HistoryEntry::getComment)
                .containsOnly("标题" + markup);
        assertThat(ReportState.of(context, reportId).toString())
                .as("stored as typed, not escaped")
                .contains(ENTITY, SCRIPT)
                .doesNotContain("&lt;script");
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private void refused(long reportId, String key, String user, Runnable action) {
        ReportState before = ReportState.of(context, reportId);
        assertThatThrownBy(() -> as(user, action))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(
                        e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo(key));
        assertThat(ReportState.of(context, reportId)).as("nothing changed").isEqualTo(before);
    }

    private void notCreated(String key, Runnable action) {
        long reportsBefore = reports.count();
        int tasksBefore = workflow.openTasks().size();
        assertThatThrownBy(() -> as("coordinator", action))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(
                        e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo(key));
        assertThat(reports.count()).isEqualTo(reportsBefore);
        assertThat(workflow.openTasks()).hasSize(tasksBefore);
    }

    private static Arguments badMetadata(String name, String key, UnaryOperator<DisclosureMetadata> change) {
        return arguments(named(name, change), key);
    }

    private static Arguments badPlan(String name, String key, NewReport command) {
        return arguments(named(name, command), key);
    }

    private static DisclosureMetadata metadata(UnaryOperator<DisclosureMetadata> change) {
        return change.apply(ReportSteps.metadata());
    }

    private long officeId() {
        return directory.officeByCode(ReportSteps.OFFICE).orElseThrow().getId();
    }

    private List<NewReport.Assignment> assignments() {
        List<NewReport.Assignment> assignments = new ArrayList<>();
        for (OutlineTemplate.Leaf leaf : OutlineTemplate.statutory().leaves()) {
            assignments.add(new NewReport.Assignment(
                    leaf.index(), true, officeId(), LocalDate.now().plusDays(30)));
        }
        return assignments;
    }

    private static NewReport newReport(String title, List<NewReport.Assignment> assignments) {
        return new NewReport(LocalDate.now().getYear() - 1, title, false, assignments);
    }

    private static List<NewReport.Assignment> with(List<NewReport.Assignment> all, NewReport.Assignment extra) {
        List<NewReport.Assignment> changed = new ArrayList<>(all);
        changed.add(extra);
        return changed;
    }

    private static List<NewReport.Assignment> replace(List<NewReport.Assignment> all, NewReport.Assignment a) {
        List<NewReport.Assignment> changed = new ArrayList<>(all);
        changed.set(a.leafIndex(), a);
        return changed;
    }

    private long version(long sectionId) {
        return as("coordinator", () -> queries.section(sectionId)).version();
    }

    private String body(long sectionId) {
        return as("coordinator", () -> queries.section(sectionId)).body();
    }
}
