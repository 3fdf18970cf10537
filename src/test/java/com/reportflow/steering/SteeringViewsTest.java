package com.reportflow.steering;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.reportflow.notification.NotificationService;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportStage;
import com.reportflow.shared.ui.MainLayout;
import com.reportflow.workflow.Step;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SteeringViewsTest extends KaribuTest {

    @Autowired
    SteeringService steering;

    @Autowired
    SteeringPages pages;

    @Autowired
    ReportActions reportActions;

    @Autowired
    ReportQueries queries;

    @Autowired
    NotificationService notifications;

    SteeringFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new SteeringFixture(context);
    }

    @Test
    void the_coordinator_sees_who_holds_a_section_and_transfers_it_from_its_steering_page() {
        long sectionId = fixture.heldDraft();
        SectionSteeringView view = openSection("coordinator", sectionId);

        TaskPanel panel = _get(view, TaskPanel.class);
        assertThat(panel.holder.getText()).isEqualTo("办理人：钱磊");
        assertThat(panel.step.getText()).startsWith("起草章节 · ");
        assertThat(panel.buttons.keySet())
                .containsExactlyInAnyOrder(
                        Operation.TRANSFER, Operation.DELEGATE, Operation.TRANSFER_TO_OFFICE, Operation.URGE);

        _click(panel.buttons.get(Operation.TRANSFER));
        OperationDialog dialog = panel.dialog;
        assertThat(dialog.person.getListDataView().getItems().map(Person::username))
                .containsExactly("author2");
        _setValue(dialog.person, new Person("author2", "孙芳"));
        _setValue(dialog.reason, "钱磊出差");
        _click(dialog.confirm);

        expectNotifications("已转办。");
        assertThat(_get(view, TaskPanel.class).holder.getText()).isEqualTo("办理人：孙芳");
    }

    @Test
    void the_holder_may_transfer_and_delegate_their_own_task_but_not_urge_or_move_it_to_another_office() {
        long sectionId = fixture.heldDraft();
        SectionSteeringView view = openSection("author", sectionId);

        assertThat(_get(view, TaskPanel.class).buttons.keySet())
                .containsExactlyInAnyOrder(Operation.GIVE_BACK, Operation.TRANSFER, Operation.DELEGATE);
        assertThat(view.report.isVisible()).isFalse();
    }

    @Test
    void a_person_with_no_part_in_the_task_is_told_they_may_not_see_the_section_steering_page() {
        long sectionId = fixture.heldDraft();
        SectionSteeringView view = openSection("author2", sectionId);

        assertThat(view.refusal.isVisible()).isTrue();
        assertThat(view.refusal.getText()).isEqualTo(view.getTranslation("error.access-denied"));
        assertThat(_find(view, TaskPanel.class)).isEmpty();
    }

    @Test
    void a_refused_transfer_keeps_the_dialog_open_and_says_why() {
        long sectionId = fixture.heldDraft();
        SectionSteeringView view = openSection("coordinator", sectionId);
        TaskPanel panel = _get(view, TaskPanel.class);

        _click(panel.buttons.get(Operation.TRANSFER));
        _setValue(panel.dialog.reason, "理由\u0007");
        _setValue(panel.dialog.person, new Person("author2", "孙芳"));
        _click(panel.dialog.confirm);

        expectNotifications(view.getTranslation("error.control-characters", view.getTranslation("steering.reason")));
        assertThat(panel.dialog.isOpened()).isTrue();
        assertThat(as("coordinator", () -> pages.section(sectionId))
                        .task()
                        .orElseThrow()
                        .holder())
                .isEqualTo("author");
    }

    @Test
    void the_admin_lists_a_reports_open_tasks_and_cancels_it_with_a_reason() {
        long reportId = fixture.steps.drafting(false);
        login("admin");
        UI.getCurrent().navigate("steering/reports/" + reportId);
        ReportSteeringView view = _get(ReportSteeringView.class);

        assertThat(_find(view, TaskPanel.class))
                .hasSize(fixture.steps.sectionIds(reportId).size());
        assertThat(view.cancel.isVisible()).isTrue();
        assertThat(view.copy.isVisible()).isTrue();

        _click(view.cancel);
        _click(view.dialog.confirm);
        expectNotifications(view.getTranslation("error.required", view.getTranslation("steering.reason")));
        assertThat(fixture.steps.stage(reportId)).isEqualTo(ReportStage.DRAFTING);

        _setValue(view.dialog.reason, "本年度报告另行编制");
        _click(view.dialog.confirm);

        expectNotifications("报告已撤销。");
        assertThat(fixture.steps.stage(reportId)).isEqualTo(ReportStage.CANCELLED);
        assertThat(_find(view, TaskPanel.class)).isEmpty();
        assertThat(view.noTask.isVisible()).isTrue();
        assertThat(view.cancel.isVisible()).isFalse();
    }

    @Test
    void the_coordinator_reaches_an_approved_section_from_the_report_page_and_reopens_it_with_a_reason() {
        long reportId = fixture.steps.drafting(false);
        long sectionId = fixture.steps.sectionIds(reportId).getFirst();
        fixture.steps.submit("author", sectionId, "正文");
        as("advisor", () -> fixture.review.approve(sectionId));
        login("coordinator");
        UI.getCurrent().navigate("reports/" + reportId);
        Anchor steer = _get(Anchor.class, spec -> spec.withId("steer-report"));
        assertThat(steer.getHref()).isEqualTo("steering/reports/" + reportId);

        UI.getCurrent().navigate(steer.getHref());
        ReportSteeringView report = _get(ReportSteeringView.class);
        assertThat(_find(report.sections, Anchor.class)).first().satisfies(a -> assertThat(a.getHref())
                .isEqualTo("steering/sections/" + sectionId));
        SectionSteeringView view = openSection("coordinator", sectionId);
        assertThat(view.reopen.isVisible()).isTrue();
        _click(view.reopen);
        _click(view.dialog.confirm);
        expectNotifications(view.getTranslation("error.required", view.getTranslation("steering.reason")));
        _setValue(view.dialog.reason, "引用条款已修订");
        _click(view.dialog.confirm);

        expectNotifications("章节已重新打开，将再次进行合法性审查。");
        assertThat(view.reopen.isVisible()).isFalse();
        assertThat(_get(view, TaskPanel.class).step.getText()).startsWith("合法性审查");
    }

    @Test
    void the_coordinator_may_not_cancel_and_someone_with_no_task_of_the_report_is_refused_its_steering_page() {
        long reportId = fixture.steps.drafting(false);
        login("coordinator");
        UI.getCurrent().navigate("steering/reports/" + reportId);
        assertThat(_get(ReportSteeringView.class).cancel.isVisible()).isFalse();

        UI.getCurrent().navigate("");
        login("inspector");
        UI.getCurrent().navigate("steering/reports/" + reportId);
        ReportSteeringView refused = _get(ReportSteeringView.class);
        assertThat(refused.refusal.isVisible()).isTrue();
        assertThat(refused.tasks.isVisible()).isFalse();
    }

    @Test
    void an_author_claims_an_unclaimed_draft_of_their_office_on_the_report_steering_page() {
        long reportId = fixture.steps.drafting(false);
        login("author");
        UI.getCurrent().navigate("steering/reports/" + reportId);
        ReportSteeringView view = _get(ReportSteeringView.class);
        assertThat(view.copy.isVisible()).isFalse();
        assertThat(view.cancel.isVisible()).isFalse();
        TaskPanel first = _find(view, TaskPanel.class).getFirst();
        assertThat(first.buttons.keySet()).containsExactly(Operation.CLAIM);

        _click(first.buttons.get(Operation.CLAIM));

        expectNotifications("已认领，您现在是该任务的办理人。");
        assertThat(_find(view, TaskPanel.class).getFirst().buttons.keySet()).contains(Operation.GIVE_BACK);
    }

    @Test
    void a_copied_report_shows_its_progress_to_the_person_it_was_copied_to() {
        long reportId = fixture.steps.drafting(false);
        as("coordinator", () -> reportActions.copy(reportId, "inspector", ""));
        login("inspector");
        UI.getCurrent().navigate("steering/reports/" + reportId + "/progress");
        ReportProgressView view = _get(ReportProgressView.class);

        assertThat(_size(view.sections))
                .isEqualTo(fixture.steps.sectionIds(reportId).size());
        assertThat(_getFormattedRow(view.sections, 0)).contains("基础教育科", "起草中");
        assertThat(view.summary.getText())
                .contains("已通过 0 / " + fixture.steps.sectionIds(reportId).size());
    }

    @Test
    void an_urged_holder_sees_a_toast_and_the_new_count_at_the_next_poll_without_reloading() {
        long sectionId = fixture.heldDraft();
        login("author");
        UI.getCurrent().navigate("");
        _get(MainLayout.class);
        UI ui = UI.getCurrent();
        assertThat(ui.getPollInterval()).isPositive();
        getNotifications().forEach(Notification::close);

        as("coordinator", () -> steering.urge(Step.DRAFT_SECTION, sectionId, "请尽快提交"));
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));

        long unread = notifications.unreadCount();
        expectNotifications("您有新的“催办”通知，未读 " + unread + " 条。");
        SideNavItem item = _find(SideNavItem.class).stream()
                .filter(i -> "notifications".equals(i.getPath()))
                .findFirst()
                .orElseThrow();
        assertThat(item.getLabel()).isEqualTo("通知 (" + unread + ")");
    }

    private SectionSteeringView openSection(String user, long sectionId) {
        login(user);
        UI.getCurrent().navigate("steering/sections/" + sectionId);
        return _get(SectionSteeringView.class);
    }
}
