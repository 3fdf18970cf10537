package com.reportflow;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.reportflow.compilation.CompilationService;
import com.reportflow.deliberation.DeliberationService;
import com.reportflow.directory.Directory;
import com.reportflow.drafting.DraftingService;
import com.reportflow.inbox.InboxService;
import com.reportflow.inbox.TaskRow;
import com.reportflow.planning.OutlineEditing;
import com.reportflow.planning.ReportPlanning;
import com.reportflow.publication.DisclosureMetadata;
import com.reportflow.publication.PublicCatalogue;
import com.reportflow.publication.PublicationService;
import com.reportflow.publication.SuperiorSubmission;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.HistoryEntry;
import com.reportflow.report.OfficeHeadCheck;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportStage;
import com.reportflow.report.ReviewOpinion;
import com.reportflow.report.SectionDetails;
import com.reportflow.report.SectionRevision;
import com.reportflow.report.SectionStatus;
import com.reportflow.review.ReviewService;
import com.reportflow.shared.UserFacingException;
import com.reportflow.signoff.SignOffService;
import com.reportflow.workflow.Decision;
import com.reportflow.workflow.DeliberationOutcome;
import com.reportflow.workflow.Step;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Process tests: whole paths through both BPMN processes, driven through the feature services. They run on the
 * embedded database (ReportLifecycleTest) and again on the real one (MySqlLifecycleIT).
 */
abstract class LifecycleScenarios {

    @Autowired
    ReportPlanning planning;

    @Autowired
    OfficeHeadCheck officeHeadCheck;

    @Autowired
    Directory directory;

    @Autowired
    ReportQueries queries;

    @Autowired
    DraftingService drafting;

    @Autowired
    ReviewService review;

    @Autowired
    CompilationService compilation;

    @Autowired
    DeliberationService deliberation;

    @Autowired
    SignOffService signOff;

    @Autowired
    PublicationService publication;

    @Autowired
    PublicCatalogue catalogue;

    @Autowired
    InboxService inbox;

    @Autowired
    OutlineEditing outline;

    @Test
    void a_report_goes_from_drafts_through_review_deliberation_and_sign_off_to_the_public_page() {
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        List<Long> sections = sectionIds(reportId);
        assertThat(sections).hasSize(11);
        assertThat(as("author", () -> inbox.inbox(0, (int) inbox.inboxCount())))
                .filteredOn(row -> row.reportId() == reportId)
                .extracting(TaskRow::step)
                .containsOnly(Step.DRAFT_SECTION)
                .hasSize(11);

        for (long sectionId : sections) {
            submit("author", sectionId, "正文：依法行政工作情况 " + sectionId);
        }
        assertThat(stage(reportId)).isEqualTo(ReportStage.DRAFTING);
        for (long sectionId : sections.subList(0, sections.size() - 1)) {
            as("advisor", () -> review.approve(sectionId));
        }
        assertThat(stage(reportId)).as("one section is still under review").isEqualTo(ReportStage.DRAFTING);
        assertThat(as("coordinator", () -> compilation.mayCompile(reportId))).isFalse();
        as("advisor", () -> review.approve(sections.getLast()));
        assertThat(stage(reportId)).isEqualTo(ReportStage.COMPILING);
        assertThat(as("coordinator", () -> compilation.mayCompile(reportId))).isTrue();

        compile(reportId);
        assertThat(stage(reportId)).isEqualTo(ReportStage.DELIBERATING);
        as(
                "secretary",
                () -> deliberation.record(
                        reportId,
                        "2026年第3次党组会议",
                        LocalDate.now().minusDays(1),
                        DeliberationOutcome.PASSED,
                        Set.of(),
                        ""));
        assertThat(stage(reportId)).isEqualTo(ReportStage.SIGNING);
        as("director", () -> signOff.signOff(reportId));
        assertThat(stage(reportId)).isEqualTo(ReportStage.PUBLISHING);
        assertThat(catalogue.published(reportId)).isEmpty();

        as("coordinator", () -> publish(reportId));
        as(
                "coordinator",
                () -> publication.recordSubmission(
                        reportId, "市教育局", LocalDate.now(), SuperiorSubmission.Channel.DOCUMENT_EXCHANGE));

        assertThat(stage(reportId)).isEqualTo(ReportStage.PUBLISHED);
        PublicCatalogue.PublishedReport published =
                catalogue.published(reportId).orElseThrow();
        assertThat(published.metadata().getIndexNumber())
                .matches(".+/" + LocalDate.now().getYear() + "-\\d{5}");
        assertThat(published.document().entries())
                .extracting(OutlineEntry::numberedHeading)
                .startsWith("一、主要举措和成效", "（一）依法全面履行政府职能")
                .contains("二、党政主要负责人履行推进法治建设第一责任人职责情况", "五、其他需要报告的情况");
        assertThat(as("coordinator", () -> inbox.inbox(0, (int) inbox.inboxCount())))
                .noneMatch(row -> row.reportId() == reportId);
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
    void a_returned_section_comes_back_to_the_office_with_the_opinion_and_loops_until_approved() {
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        long sectionId = sectionIds(reportId).getFirst();
        submit("author", sectionId, "第一稿");

        assertThatThrownBy(() -> as("advisor", () -> review.returnWithOpinion(sectionId, "  ")))
                .isInstanceOf(UserFacingException.class);
        as("advisor", () -> review.returnWithOpinion(sectionId, "第三段缺少法律依据。"));

        SectionDetails returned = as("author", () -> drafting.section(sectionId));
        assertThat(returned.status()).isEqualTo(SectionStatus.RETURNED);
        assertThat(returned.latestReturnOpinion().orElseThrow().remarks()).isEqualTo("第三段缺少法律依据。");
        assertThat(as("author", () -> inbox.inbox(0, (int) inbox.inboxCount())))
                .anyMatch(row -> row.step() == Step.DRAFT_SECTION && sectionId == row.sectionId());

        submit("author", sectionId, "第二稿，补充了法律依据。");
        as("advisor", () -> review.returnWithOpinion(sectionId, "仍需修改措辞。"));
        submit("author", sectionId, "第三稿");
        as("advisor", () -> review.approve(sectionId));

        SectionDetails approved = as("author", () -> drafting.section(sectionId));
        assertThat(approved.status()).isEqualTo(SectionStatus.APPROVED);
        assertThat(approved.body()).isEqualTo("第三稿");
        assertThat(approved.history())
                .extracting(HistoryEntry::getAction)
                .containsSubsequence(
                        HistoryAction.SUBMITTED,
                        HistoryAction.RETURNED,
                        HistoryAction.SUBMITTED,
                        HistoryAction.RETURNED,
                        HistoryAction.SUBMITTED,
                        HistoryAction.APPROVED);
        assertThat(approved.opinions())
                .extracting(o -> o.opinion().conclusion(), o -> o.opinion().remarks())
                .containsExactly(
                        tuple(Decision.RETURN, "第三段缺少法律依据。"),
                        tuple(Decision.RETURN, "仍需修改措辞。"),
                        tuple(Decision.APPROVE, ""));
        assertThat(approved.revisions())
                .as("every submission froze a revision")
                .extracting(SectionRevision::getNumber, SectionRevision::getBody)
                .containsExactly(
                        tuple(1, approved.revisions().getFirst().getBody()), tuple(2, "第二稿，补充了法律依据。"), tuple(3, "第三稿"));
        assertThat(approved.opinions())
                .as("each decision is pinned to the revision it read")
                .extracting(ReviewOpinion::getRevisionId)
                .containsExactlyElementsOf(approved.revisions().stream()
                        .map(SectionRevision::getId)
                        .toList());
        assertThat(approved.history())
                .filteredOn(h -> h.getRevisionNumber() != null)
                .extracting(HistoryEntry::getAction, HistoryEntry::getRevisionNumber)
                .containsExactly(
                        tuple(HistoryAction.SUBMITTED, 1),
                        tuple(HistoryAction.RETURNED, 1),
                        tuple(HistoryAction.SUBMITTED, 2),
                        tuple(HistoryAction.RETURNED, 2),
                        tuple(HistoryAction.SUBMITTED, 3),
                        tuple(HistoryAction.APPROVED, 3));
    }

    @Test
    void a_submission_withdrawn_before_review_started_goes_back_to_drafting_with_its_revision_kept() {
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        long sectionId = sectionIds(reportId).getFirst();
        submit("author", sectionId, "第一稿，有笔误。");
        assertThat(as("author", () -> drafting.mayWithdraw(sectionId))).isTrue();

        as("author2", () -> drafting.withdraw(sectionId));

        assertThat(status(sectionId)).isEqualTo(SectionStatus.DRAFTING);
        assertThat(as("advisor", () -> review.mayDecide(sectionId))).isFalse();
        assertThat(as("author", () -> inbox.inbox(0, (int) inbox.inboxCount())))
                .anyMatch(row -> row.step() == Step.DRAFT_SECTION && sectionId == row.sectionId());
        SectionDetails withdrawn = as("author", () -> drafting.section(sectionId));
        assertThat(withdrawn.revisions()).extracting(SectionRevision::getBody).containsExactly("第一稿，有笔误。");
        assertThat(withdrawn.history())
                .filteredOn(h -> h.getAction() == HistoryAction.WITHDRAWN)
                .singleElement()
                .satisfies(h -> assertThat(h.getRevisionNumber()).isEqualTo(1));

        submit("author", sectionId, "第一稿，已改正。");
        as("advisor", () -> review.take(sectionId));
        assertThat(as("author", () -> drafting.mayWithdraw(sectionId))).isFalse();
        assertThatThrownBy(() -> as("author", () -> drafting.withdraw(sectionId)))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("error.withdraw.taken-up");
        assertThat(status(sectionId)).isEqualTo(SectionStatus.LEGAL_REVIEW);

        as("advisor", () -> review.approve(sectionId));
        SectionDetails approved = as("author", () -> drafting.section(sectionId));
        assertThat(approved.revisions()).extracting(SectionRevision::getNumber).containsExactly(1, 2);
        assertThat(approved.opinions()).singleElement().satisfies(o -> assertThat(o.getRevisionId())
                .isEqualTo(approved.revisions().getLast().getId()));
        assertThatThrownBy(() -> as("author", () -> drafting.withdraw(sectionId)))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("error.withdraw.not-submitted");
    }

    @Test
    void a_submission_waiting_for_the_office_head_can_be_withdrawn_until_the_head_takes_it() {
        long reportId = TestReports.start(planning, directory, "JCJYK", true);
        long sectionId = sectionIds(reportId).getFirst();
        submit("author", sectionId, "初稿");

        as("author", () -> drafting.withdraw(sectionId));
        assertThat(status(sectionId)).isEqualTo(SectionStatus.DRAFTING);
        assertThat(as("officehead", () -> drafting.mayCheck(sectionId))).isFalse();

        submit("author", sectionId, "改后的初稿");
        as("officehead", () -> drafting.take(sectionId));
        assertThatThrownBy(() -> as("author", () -> drafting.withdraw(sectionId)))
                .isInstanceOf(UserFacingException.class);
        as("officehead", () -> drafting.approveInOffice(sectionId));
        assertThat(status(sectionId)).isEqualTo(SectionStatus.LEGAL_REVIEW);
        assertThat(as("author", () -> drafting.section(sectionId)).history())
                .filteredOn(h -> h.getAction() == HistoryAction.OFFICE_APPROVED)
                .singleElement()
                .satisfies(h -> assertThat(h.getRevisionNumber()).isEqualTo(2));
    }

    @Test
    void a_section_added_during_drafting_gets_its_number_and_its_own_loop_and_the_report_waits_for_it() {
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        long partOne = headingIds(reportId).getFirst();
        List<Long> original = sectionIds(reportId);
        long hr = directory.officeByCode("RSK").orElseThrow().getId();

        long added = as(
                "coordinator",
                () -> outline.addSection(
                        reportId, partOne, "加强教师队伍法治培训", hr, LocalDate.now().plusDays(10)));

        OutlineEntry entry = entry(reportId, added);
        assertThat(entry.numberedHeading()).isEqualTo("（八）加强教师队伍法治培训");
        assertThat(entry.status()).isEqualTo(SectionStatus.DRAFTING);
        assertThat(as("hr", () -> inbox.inbox(0, (int) inbox.inboxCount())))
                .anyMatch(row -> row.step() == Step.DRAFT_SECTION && added == row.sectionId());
        for (long sectionId : original) {
            submit("author", sectionId, "正文 " + sectionId);
            as("advisor", () -> review.approve(sectionId));
        }
        assertThat(stage(reportId))
                .as("the added section is still being drafted")
                .isEqualTo(ReportStage.DRAFTING);
        assertThat(as("coordinator", () -> compilation.mayCompile(reportId))).isFalse();

        submit("hr", added, "组织全员法治培训2次。");
        as("advisor", () -> review.approve(added));

        assertThat(stage(reportId)).isEqualTo(ReportStage.COMPILING);
        assertThat(as("coordinator", () -> compilation.mayCompile(reportId))).isTrue();
        assertThatThrownBy(() -> as("coordinator", () -> outline.addHeading(reportId, null, "六、其他")))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void removing_the_last_unapproved_section_lets_the_report_go_on_to_compile_with_the_text_kept() {
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        List<Long> sections = sectionIds(reportId);
        long dropped = sections.getLast();
        for (long sectionId : sections.subList(0, sections.size() - 1)) {
            submit("author", sectionId, "正文 " + sectionId);
            as("advisor", () -> review.approve(sectionId));
        }
        submit("author", dropped, "本部分今年无内容。");

        as("coordinator", () -> outline.remove(dropped));

        assertThat(stage(reportId)).isEqualTo(ReportStage.COMPILING);
        assertThat(as("coordinator", () -> compilation.mayCompile(reportId))).isTrue();
        assertThat(sectionIds(reportId)).doesNotContain(dropped).hasSize(sections.size() - 1);
        assertThat(as("advisor", () -> review.mayDecide(dropped))).isFalse();
        SectionDetails kept = as("coordinator", () -> queries.section(dropped));
        assertThat(kept.status()).isEqualTo(SectionStatus.REMOVED);
        assertThat(kept.body()).isEqualTo("本部分今年无内容。");
        assertThat(as("coordinator", () -> queries.reportHistory(reportId)))
                .extracting(HistoryEntry::getAction)
                .contains(HistoryAction.SECTION_REMOVED);
    }

    @Test
    void renaming_and_moving_renumber_the_outline_everywhere() {
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        List<Long> sections = sectionIds(reportId);
        long first = sections.get(0);
        long second = sections.get(1);
        long partTwo = sections.get(7);

        as("coordinator", () -> outline.rename(second, "健全依法行政制度体系", "健全行政规范性文件制度体系"));
        as("coordinator", () -> outline.move(second, -1));
        assertThat(entry(reportId, second).numberedHeading()).isEqualTo("（一）健全行政规范性文件制度体系");
        assertThat(entry(reportId, first).numberedHeading()).isEqualTo("（二）依法全面履行政府职能");

        long subPart = as(
                "coordinator",
                () -> outline.addHeading(reportId, headingIds(reportId).getFirst(), "其他工作"));
        as("coordinator", () -> outline.moveUnder(first, subPart));
        assertThat(entry(reportId, subPart).numberedHeading()).isEqualTo("（七）其他工作");
        assertThat(entry(reportId, first).numberedHeading()).isEqualTo("1.依法全面履行政府职能");
        assertThat(entry(reportId, first).depth()).isEqualTo(3);
        assertThat(as("author", () -> drafting.section(first)).numberedHeading())
                .isEqualTo("1.依法全面履行政府职能");
        assertThat(entry(reportId, partTwo).numberedHeading()).startsWith("二、");

        assertThatThrownBy(() -> as("coordinator", () -> outline.rename(first, "依法全面履行政府职能", "（一）手工编号的标题")))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("error.outline.typed-number");
        assertThatThrownBy(() -> as("coordinator", () -> outline.addHeading(reportId, first, "章节下的标题")))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("error.outline.parent-is-section");
        assertThatThrownBy(() -> as("coordinator", () -> outline.moveUnder(subPart, subPart)))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void the_office_head_check_comes_before_legality_review_when_switched_on() {
        long reportId = TestReports.start(planning, directory, "JCJYK", true);
        long sectionId = sectionIds(reportId).getFirst();
        submit("author", sectionId, "初稿");
        assertThat(status(sectionId)).isEqualTo(SectionStatus.OFFICE_CHECK);
        assertThat(as("advisor", () -> review.mayDecide(sectionId))).isFalse();

        as("officehead", () -> drafting.returnInOffice(sectionId, "数据需核实。"));
        assertThat(status(sectionId)).isEqualTo(SectionStatus.RETURNED);
        submit("author", sectionId, "核实后的稿");
        as("officehead", () -> drafting.approveInOffice(sectionId));
        assertThat(status(sectionId)).isEqualTo(SectionStatus.LEGAL_REVIEW);

        as("coordinator", () -> officeHeadCheck.setOfficeHeadCheck(reportId, false));
        as("advisor", () -> review.returnWithOpinion(sectionId, "请修改。"));
        submit("author", sectionId, "改后的稿");
        assertThat(status(sectionId))
                .as("switched off: straight to legality review")
                .isEqualTo(SectionStatus.LEGAL_REVIEW);
    }

    @Test
    void a_deliberation_that_returns_sections_sends_them_through_drafting_and_review_then_compile_again() {
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        List<Long> sections = sectionIds(reportId);
        for (long sectionId : sections) {
            submit("author", sectionId, "正文 " + sectionId);
            as("advisor", () -> review.approve(sectionId));
        }
        compile(reportId);
        long sentBack = sections.get(2);
        assertThatThrownBy(() -> as(
                        "secretary",
                        () -> deliberation.record(
                                reportId,
                                "2026年第2次党组会议",
                                LocalDate.now(),
                                DeliberationOutcome.RETURNED,
                                Set.of(),
                                "请补充")))
                .isInstanceOf(UserFacingException.class);
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
        assertThat(as("author", () -> drafting.section(sentBack)).latestReturn().getComment())
                .contains("第（三）部分内容过简");
        assertThat(as("coordinator", () -> compilation.mayCompile(reportId))).isFalse();

        submit("author", sentBack, "充实后的正文");
        as("advisor", () -> review.approve(sentBack));
        assertThat(stage(reportId)).isEqualTo(ReportStage.COMPILING);
        compile(reportId);
        as(
                "secretary",
                () -> deliberation.record(
                        reportId, "2026年第3次党组会议", LocalDate.now(), DeliberationOutcome.PASSED, Set.of(), null));
        as("director", () -> signOff.signOff(reportId));
        assertThat(stage(reportId)).isEqualTo(ReportStage.PUBLISHING);
        assertThat(as("director", () -> deliberation.records(reportId))).hasSize(2);
    }

    private void submit(String user, long sectionId, String text) {
        as(user, () -> {
            long version = drafting.section(sectionId).version();
            drafting.submit(sectionId, version, text);
        });
    }

    private void compile(long reportId) {
        as(
                "coordinator",
                () -> compilation.sendToDeliberation(reportId, "2025年度法治政府建设情况报告", "某某市教育局", LocalDate.now()));
    }

    private void publish(long reportId) {
        publication.publish(
                reportId,
                true,
                new DisclosureMetadata("某教发〔2026〕3号", "科技、教育", "报告", "某某市教育局", "有效", LocalDate.now(), LocalDate.now()));
    }

    private OutlineEntry entry(long reportId, long sectionId) {
        return as("coordinator", () -> queries.document(reportId)).entries().stream()
                .filter(e -> e.sectionId() == sectionId)
                .findFirst()
                .orElseThrow();
    }

    private List<Long> headingIds(long reportId) {
        return as("coordinator", () -> queries.document(reportId)).entries().stream()
                .filter(e -> !e.assigned())
                .map(OutlineEntry::sectionId)
                .toList();
    }

    private List<Long> sectionIds(long reportId) {
        return as("coordinator", () -> queries.document(reportId)).entries().stream()
                .filter(OutlineEntry::assigned)
                .map(OutlineEntry::sectionId)
                .toList();
    }

    private ReportStage stage(long reportId) {
        return as("coordinator", () -> queries.summary(reportId)).stage();
    }

    private SectionStatus status(long sectionId) {
        return as("coordinator", () -> queries.section(sectionId)).status();
    }
}
