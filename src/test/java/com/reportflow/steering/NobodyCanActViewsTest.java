package com.reportflow.steering;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.reportflow.directory.Directory;
import com.reportflow.drafting.OfficeCheckView;
import com.reportflow.planning.ReportPlanning;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.SectionStatus;
import com.reportflow.workflow.Step;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The way out on the steering page for a check nobody can make: skip it with a reason, or transfer it to a head of another office, who then makes it on the check screen (the demo 督导室 has an author and no head). */
class NobodyCanActViewsTest extends KaribuTest {

    private static final String HEADLESS = "DDS";

    @Autowired
    ReportPlanning planning;

    @Autowired
    ReportQueries queries;

    @Autowired
    Directory directory;

    @Autowired
    SteeringPages pages;

    @Test
    void the_coordinator_skips_the_check_on_the_steering_page_and_an_empty_reason_is_refused() {
        long sectionId = new ReportSteps(context).submittedToOfficeCheck(HEADLESS, "inspector");
        login("coordinator");
        UI.getCurrent().navigate("steering/sections/" + sectionId);
        SectionSteeringView view = _get(SectionSteeringView.class);
        TaskPanel panel = _get(view, TaskPanel.class);
        assertThat(panel.buttons).containsKey(Operation.SKIP_OFFICE_CHECK);
        assertThat(panel.buttons.get(Operation.SKIP_OFFICE_CHECK).getText()).isEqualTo("跳过科室审核");

        _click(panel.buttons.get(Operation.SKIP_OFFICE_CHECK));
        assertThat(panel.dialog.person.isVisible()).isFalse();
        assertThat(panel.dialog.reason.isRequired()).isTrue();
        _click(panel.dialog.confirm);
        expectNotifications("请填写理由。");
        assertThat(panel.dialog.isOpened()).isTrue();
        assertThat(as("coordinator", () -> queries.section(sectionId)).status()).isEqualTo(SectionStatus.OFFICE_CHECK);

        _setValue(panel.dialog.reason, "督导室暂无负责人");
        _click(panel.dialog.confirm);

        expectNotifications("已跳过科室审核，章节已送合法性审查。");
        assertThat(as("coordinator", () -> queries.section(sectionId)).status()).isEqualTo(SectionStatus.LEGAL_REVIEW);
        assertThat(_get(view, TaskPanel.class).step.getText()).startsWith("合法性审查");
    }

    @Test
    void the_check_transferred_to_a_head_of_another_office_is_made_by_them_on_the_check_screen() {
        long sectionId = new ReportSteps(context).submittedToOfficeCheck(HEADLESS, "inspector");
        login("coordinator");
        UI.getCurrent().navigate("steering/sections/" + sectionId);
        TaskPanel panel = _get(_get(SectionSteeringView.class), TaskPanel.class);

        _click(panel.buttons.get(Operation.TRANSFER));
        assertThat(panel.dialog.person.getListDataView().getItems().map(Person::displayName))
                .contains("李卫东（基础教育科）", "周静（人事科）")
                .doesNotContain("吴昊（督导室）", "吴昊");
        ComboBoxKt.selectByLabel(panel.dialog.person, "李卫东（基础教育科）");
        _click(panel.dialog.confirm);
        expectNotifications("已转办。");

        login("officehead");
        UI.getCurrent().navigate("sections/" + sectionId + "/office-check");
        OfficeCheckView check = _get(OfficeCheckView.class);
        _click(_get(
                check,
                com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText(check.getTranslation("drafting.check.approve"))));

        assertThat(as("coordinator", () -> queries.section(sectionId)).status()).isEqualTo(SectionStatus.LEGAL_REVIEW);
        assertThat(as("coordinator", () -> pages.section(sectionId))
                        .task()
                        .orElseThrow()
                        .step())
                .isEqualTo(Step.LEGALITY_REVIEW);
    }
}
