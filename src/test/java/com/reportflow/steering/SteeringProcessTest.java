package com.reportflow.steering;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.directory.Directory;
import com.reportflow.inbox.InboxService;
import com.reportflow.inbox.TaskRow;
import com.reportflow.notification.NotificationKind;
import com.reportflow.notification.NotificationRow;
import com.reportflow.notification.NotificationService;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.HistoryEntry;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportStage;
import com.reportflow.report.SectionStatus;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.UserFacingException;
import com.reportflow.workflow.Step;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class SteeringProcessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SteeringService steering;

    @Autowired
    SteeringPages pages;

    @Autowired
    ReportActions reportActions;

    @Autowired
    InboxService inbox;

    @Autowired
    NotificationService notifications;

    @Autowired
    ReportQueries queries;

    @Autowired
    Directory directory;

    SteeringFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new SteeringFixture(context);
    }

    @Test
    void a_coordinator_transfers_a_held_draft_to_a_colleague_who_then_submits_it() {
        long sectionId = fixture.heldDraft();

        as("coordinator", () -> steering.transfer(Step.DRAFT_SECTION, sectionId, "author2", "钱磊休假"));

        OpenTask task = as("coordinator", () -> pages.section(sectionId)).task().orElseThrow();
        assertThat(task.holder()).isEqualTo("author2");
        assertThat(lastAction(sectionId).getComment()).isEqualTo("孙芳：钱磊休假");
        assertThat(inboxSections("author")).doesNotContain(sectionId);
        fixture.steps.submit("author2", sectionId, "孙芳起草的正文");
        assertThat(status(sectionId)).isEqualTo(SectionStatus.LEGAL_REVIEW);
    }

    @Test
    void the_holder_transfers_their_own_task_to_a_colleague_but_never_to_someone_outside_the_step() {
        long sectionId = fixture.heldDraft();

        assertThatThrownBy(() -> as("author", () -> steering.transfer(Step.DRAFT_SECTION, sectionId, "advisor", "")))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "steering.error.not-eligible");
        as("author", () -> steering.transfer(Step.DRAFT_SECTION, sectionId, "author2", ""));

        assertThat(as("author2", () -> pages.section(sectionId))
                        .task()
                        .orElseThrow()
                        .holder())
                .isEqualTo("author2");
    }

    @Test
    void a_section_moved_to_another_office_waits_unclaimed_for_that_office_which_may_now_read_it() {
        long sectionId = fixture.heldDraft();
        long personnel = directory.officeByCode("RSK").orElseThrow().getId();

        as("coordinator", () -> steering.transferToOffice(sectionId, personnel, "职责调整"));

        OpenTask task = as("coordinator", () -> pages.section(sectionId)).task().orElseThrow();
        assertThat(task.holder()).isNull();
        assertThat(task.candidates()).contains("周静").doesNotContain("钱磊");
        assertThat(as("coordinator", () -> pages.section(sectionId)).officeName())
                .isEqualTo("人事科");
        assertThat(inboxSections("hr")).contains(sectionId);
        assertThat(inboxSections("author")).doesNotContain(sectionId);
        assertThatThrownBy(() -> as("author", () -> fixture.drafting.section(sectionId)))
                .isInstanceOf(AccessDeniedException.class);
        fixture.steps.submit("hr", sectionId, "人事科起草的正文");
        assertThat(status(sectionId)).isEqualTo(SectionStatus.LEGAL_REVIEW);
    }

    @Test
    void a_delegated_draft_is_worked_on_by_the_delegate_handed_back_and_then_submitted_by_its_holder() {
        long sectionId = fixture.heldDraft();

        as("author", () -> steering.delegate(Step.DRAFT_SECTION, sectionId, "author2", "请协助起草"));

        List<TaskRow> delegateInbox = as("author2", () -> inbox.inbox(0, 100_000));
        assertThat(delegateInbox)
                .filteredOn(row -> Long.valueOf(sectionId).equals(row.sectionId()))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.holder()).isEqualTo("孙芳");
                    assertThat(row.delegatedBy()).isEqualTo("钱磊");
                });
        assertThatThrownBy(() -> fixture.steps.submit("author2", sectionId, "代拟正文"))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "steering.error.task-delegated");
        assertThatThrownBy(() -> fixture.steps.submit("author", sectionId, "正文"))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.task-held-by-other");
        assertThat(status(sectionId)).isEqualTo(SectionStatus.DRAFTING);

        as("author2", () -> steering.handBack(Step.DRAFT_SECTION, sectionId, "已起草初稿"));

        OpenTask task = as("coordinator", () -> pages.section(sectionId)).task().orElseThrow();
        assertThat(task.holder()).isEqualTo("author");
        assertThat(task.delegated()).isFalse();
        fixture.steps.submit("author", sectionId, "正文");
        assertThat(status(sectionId)).isEqualTo(SectionStatus.LEGAL_REVIEW);
        assertThat(actions(sectionId))
                .containsSubsequence(
                        HistoryAction.TASK_DELEGATED, HistoryAction.TASK_HANDED_BACK, HistoryAction.SUBMITTED);
    }

    @Test
    void a_review_with_a_co_reviewer_cannot_be_approved_until_the_co_review_opinion_is_given() {
        fixture.ensureSecondAdvisor();
        long sectionId = fixture.heldReview();

        as("advisor", () -> steering.addCoReviewer(sectionId, SteeringFixture.SECOND_ADVISOR, "涉及行政处罚"));

        assertThat(inboxSections(SteeringFixture.SECOND_ADVISOR)).contains(sectionId);
        assertThat(as(SteeringFixture.SECOND_ADVISOR, () -> fixture.review.asksCoReview(sectionId)))
                .isTrue();
        assertThat(as(SteeringFixture.SECOND_ADVISOR, () -> fixture.review.mayDecide(sectionId)))
                .isFalse();
        assertThatThrownBy(() -> as("advisor", () -> fixture.review.approve(sectionId)))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "steering.error.co-review-open");
        assertThat(status(sectionId)).isEqualTo(SectionStatus.LEGAL_REVIEW);

        as(SteeringFixture.SECOND_ADVISOR, () -> fixture.review.giveCoReview(sectionId, "处罚依据充分，同意。"));

        assertThat(as("advisor", () -> fixture.review.coReviews(sectionId)))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.reviewerName()).isEqualTo("赵律师");
                    assertThat(c.opinion()).isEqualTo("处罚依据充分，同意。");
                    assertThat(c.open()).isFalse();
                });
        assertThat(inboxSections(SteeringFixture.SECOND_ADVISOR)).doesNotContain(sectionId);
        as("advisor", () -> fixture.review.approve(sectionId));
        assertThat(status(sectionId)).isEqualTo(SectionStatus.APPROVED);
    }

    @Test
    void an_urged_holder_is_notified_at_once_and_the_same_task_cannot_be_urged_again_within_the_hour() {
        long sectionId = fixture.heldDraft();
        long unreadBefore = as("author", () -> notifications.unreadCount());

        as("coordinator", () -> steering.urge(Step.DRAFT_SECTION, sectionId, "请于本周内提交"));

        assertThat(as("author", () -> notifications.unreadCount())).isEqualTo(unreadBefore + 1);
        NotificationRow urge = as("author", () -> notifications.mine(0, 1)).getFirst();
        assertThat(urge.kind()).isEqualTo(NotificationKind.URGE);
        assertThat(urge.sectionId()).isEqualTo(sectionId);
        assertThat(urge.route()).isEqualTo("sections/" + sectionId + "/draft");
        assertThat(lastAction(sectionId).getAction()).isEqualTo(HistoryAction.TASK_URGED);
        assertThatThrownBy(() -> as("admin", () -> steering.urge(Step.DRAFT_SECTION, sectionId, "")))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "notification.error.urged-recently");
        assertThat(as("author", () -> notifications.unreadCount())).isEqualTo(unreadBefore + 1);
    }

    @Test
    void a_person_a_report_is_copied_to_is_notified_and_may_follow_its_progress_but_nobody_else_may() {
        long reportId = fixture.steps.drafting(false);

        as("coordinator", () -> reportActions.copy(reportId, "inspector", "请督导室关注"));

        NotificationRow copy = as("inspector", () -> notifications.mine(0, 1)).getFirst();
        assertThat(copy.kind()).isEqualTo(NotificationKind.COPY);
        assertThat(copy.route()).isEqualTo("steering/reports/" + reportId + "/progress");
        ReportProgress progress = as("inspector", () -> pages.progress(reportId));
        assertThat(progress.sections())
                .hasSize(fixture.steps.sectionIds(reportId).size());
        assertThat(progress.stage()).isEqualTo(ReportStage.DRAFTING);
        assertThatThrownBy(() -> as("policy", () -> pages.progress(reportId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_section_reopened_while_others_are_drafted_goes_back_through_legality_review() {
        long reportId = fixture.steps.drafting(false);
        List<Long> sectionIds = fixture.steps.sectionIds(reportId);
        long sectionId = sectionIds.getFirst();
        fixture.steps.submit("author", sectionId, "第一稿");
        as("advisor", () -> fixture.review.approve(sectionId));
        assertThat(status(sectionId)).isEqualTo(SectionStatus.APPROVED);

        as("coordinator", () -> reportActions.reopen(sectionId, "发现引用的条例已修订"));

        assertThat(status(sectionId)).isEqualTo(SectionStatus.LEGAL_REVIEW);
        assertThat(as("coordinator", () -> pages.section(sectionId))
                        .task()
                        .orElseThrow()
                        .step())
                .isEqualTo(Step.LEGALITY_REVIEW);
        assertThat(lastAction(sectionId).getAction()).isEqualTo(HistoryAction.SECTION_REOPENED);
        as("advisor", () -> fixture.review.approve(sectionId));
        for (long other : sectionIds.subList(1, sectionIds.size())) {
            fixture.steps.submit("author", other, "正文 " + other);
            as("advisor", () -> fixture.review.approve(other));
        }
        assertThat(fixture.steps.stage(reportId)).isEqualTo(ReportStage.COMPILING);
        assertThat(as("coordinator", () -> pages.report(reportId)).tasks())
                .singleElement()
                .satisfies(t -> assertThat(t.step()).isEqualTo(Step.COMPILE_REPORT));
    }

    @Test
    void a_section_reopened_while_the_report_waits_at_compile_takes_the_report_back_until_approved_again() {
        long reportId = fixture.steps.compiling();
        long sectionId = fixture.steps.sectionIds(reportId).get(2);

        as("admin", () -> reportActions.reopen(sectionId, "数据需要更新"));

        assertThat(fixture.steps.stage(reportId)).isEqualTo(ReportStage.DRAFTING);
        assertThat(as("coordinator", () -> pages.report(reportId)).tasks())
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.step()).isEqualTo(Step.LEGALITY_REVIEW);
                    assertThat(t.sectionId()).isEqualTo(sectionId);
                });
        as("advisor", () -> fixture.review.returnWithOpinion(sectionId, "请更新统计数据"));
        fixture.steps.submit("author", sectionId, "更新后的正文");
        as("advisor", () -> fixture.review.approve(sectionId));

        assertThat(fixture.steps.stage(reportId)).isEqualTo(ReportStage.COMPILING);
        assertThat(as("coordinator", () -> pages.report(reportId)).tasks())
                .singleElement()
                .satisfies(t -> assertThat(t.step()).isEqualTo(Step.COMPILE_REPORT));
        fixture.steps.compile(reportId, "2025年度法治政府建设情况报告（重新打开后）");
        assertThat(fixture.steps.stage(reportId)).isEqualTo(ReportStage.DELIBERATING);
    }

    @Test
    void a_section_cannot_be_reopened_from_deliberation_on_nor_before_it_is_approved() {
        long reportId = fixture.steps.deliberating("2025年度法治政府建设情况报告（审议中）");
        long sectionId = fixture.steps.sectionIds(reportId).getFirst();
        long drafting = fixture.steps.sectionIds(fixture.steps.drafting(false)).getFirst();

        assertThatThrownBy(() -> as("coordinator", () -> reportActions.reopen(sectionId, "太晚了")))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "steering.error.reopen-too-late");
        assertThatThrownBy(() -> as("coordinator", () -> reportActions.reopen(drafting, "尚未通过")))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "steering.error.not-approved");
        assertThat(status(sectionId)).isEqualTo(SectionStatus.APPROVED);
        assertThat(fixture.steps.stage(reportId)).isEqualTo(ReportStage.DELIBERATING);
    }

    @Test
    void an_admin_cancels_a_report_whose_processes_end_and_whose_data_stays_readable() {
        long reportId = fixture.steps.drafting(false);
        long sectionId = fixture.steps.sectionIds(reportId).getFirst();
        fixture.steps.submit("author", sectionId, "已提交的正文");

        as("admin", () -> reportActions.cancel(reportId, "机构调整，本年度报告另行编制"));

        assertThat(fixture.steps.stage(reportId)).isEqualTo(ReportStage.CANCELLED);
        assertThat(as("admin", () -> pages.report(reportId)).tasks()).isEmpty();
        assertThat(inboxSections("advisor")).doesNotContain(sectionId);
        assertThat(as("coordinator", () -> queries.section(sectionId)).body()).isEqualTo("已提交的正文");
        assertThat(as("coordinator", () -> queries.reportHistory(reportId)))
                .last()
                .satisfies(e -> {
                    assertThat(e.getAction()).isEqualTo(HistoryAction.REPORT_CANCELLED);
                    assertThat(e.getComment()).isEqualTo("机构调整，本年度报告另行编制");
                });
        assertThatThrownBy(() -> as("admin", () -> reportActions.cancel(reportId, "再次撤销")))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "steering.error.cancelled");
    }

    @Test
    void a_published_report_cannot_be_cancelled() {
        long reportId = fixture.steps.publishing("2025年度法治政府建设情况报告（撤销测试）");
        fixture.steps.publish(reportId);

        assertThatThrownBy(() -> as("admin", () -> reportActions.cancel(reportId, "不应撤销")))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "steering.error.cancel-published");
        assertThat(fixture.steps.stage(reportId)).isEqualTo(ReportStage.PUBLISHED);
    }

    private List<Long> inboxSections(String user) {
        return as(user, () -> inbox.inbox(0, 100_000)).stream()
                .map(TaskRow::sectionId)
                .toList();
    }

    private SectionStatus status(long sectionId) {
        return as("coordinator", () -> queries.section(sectionId)).status();
    }

    private HistoryEntry lastAction(long sectionId) {
        return as("coordinator", () -> queries.section(sectionId)).history().getLast();
    }

    private List<HistoryAction> actions(long sectionId) {
        return as("coordinator", () -> queries.section(sectionId)).history().stream()
                .map(HistoryEntry::getAction)
                .toList();
    }
}
