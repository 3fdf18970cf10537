package com.reportflow.deliberation;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.CheckboxGroupKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.RadioButtonsKt;
import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.reportflow.TestReports;
import com.reportflow.directory.Directory;
import com.reportflow.drafting.DraftingService;
import com.reportflow.inbox.InboxView;
import com.reportflow.planning.ReportPlanning;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportStage;
import com.reportflow.report.SectionStatus;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DeliberationViewTest extends KaribuTest {

    @Autowired
    DeliberationService deliberation;

    @Autowired
    DraftingService drafting;

    @Autowired
    ReportPlanning planning;

    @Autowired
    Directory directory;

    ReportSteps steps;

    @BeforeEach
    void steps() {
        steps = new ReportSteps(context);
    }

    @Test
    void the_secretary_records_a_passed_meeting_and_the_report_goes_to_sign_off() {
        long reportId = steps.deliberating("待审议的报告");
        DeliberationView view = open("secretary", reportId);
        assertThat(view.form.isVisible()).isTrue();
        assertThat(view.meeting.getPlaceholder()).contains("党组会议");
        assertThat(view.meeting.getHelperText()).contains("局务会议");
        assertThat(view.returnedSections.isVisible())
                .as("no sections to pick before 'returned' is chosen")
                .isFalse();

        _setValue(view.meeting, "2026年第3次党组会议");
        _setValue(view.date, LocalDate.now().minusDays(1));
        RadioButtonsKt.selectByLabel(view.outcome, "审议通过");
        _click(view.record);

        expectNotifications("已记录：审议通过，报告转局长签发。");
        assertThat(steps.stage(reportId)).isEqualTo(ReportStage.SIGNING);
        _get(InboxView.class);
        List<Deliberation> records = as("secretary", () -> deliberation.records(reportId));
        assertThat(records).singleElement().satisfies(d -> {
            assertThat(d.getMeetingName()).isEqualTo("2026年第3次党组会议");
            assertThat(d.getMeetingDate()).isEqualTo(LocalDate.now().minusDays(1));
        });
    }

    @Test
    void returning_without_sections_or_without_an_opinion_is_refused_and_changes_nothing() {
        long reportId = steps.deliberating("待审议的报告");
        OutlineEntry first = steps.sections(reportId).getFirst();
        DeliberationView view = open("secretary", reportId);
        _setValue(view.meeting, "2026年第2次局务会议");
        _setValue(view.date, LocalDate.now());
        RadioButtonsKt.selectByLabel(view.outcome, "退回修改");
        assertThat(view.returnedSections.isVisible()).isTrue();
        assertThat(view.notes.isRequiredIndicatorVisible()).isTrue();

        _setValue(view.notes, "请充实内容。");
        _click(view.record);
        expectNotifications("退回时须指明至少一个章节。");

        selectByLabel(view.returnedSections, first.numberedHeading());
        _setValue(view.notes, "   ");
        _click(view.record);
        expectNotifications("退回时须写明审议意见。");

        assertThat(steps.stage(reportId)).isEqualTo(ReportStage.DELIBERATING);
        assertThat(as("secretary", () -> deliberation.records(reportId))).isEmpty();
        assertThat(as("secretary", () -> deliberation.mayRecord(reportId))).isTrue();
        assertThat(as("author", () -> drafting.section(first.sectionId())).status())
                .isEqualTo(SectionStatus.APPROVED);
        assertThat(_find(InboxView.class)).as("still on the form").isEmpty();
    }

    @Test
    void bad_meeting_names_and_future_dates_are_refused_with_a_message() {
        long reportId = steps.deliberating("待审议的报告");
        DeliberationView view = open("secretary", reportId);
        RadioButtonsKt.selectByLabel(view.outcome, "审议通过");
        _setValue(view.date, LocalDate.now());

        _click(view.record);
        expectNotifications("请填写会议名称。");
        _setValue(view.meeting, "党组会议\u0007");
        _click(view.record);
        expectNotifications("会议名称含有不允许的控制字符。");
        _setValue(view.meeting, "会".repeat(101));
        _click(view.record);
        expectNotifications("会议名称超过长度上限（100字）：现有101字，多出1字。内容未保存，请删减后再试。");
        _setValue(view.meeting, "2026年第3次党组会议");
        _setValue(view.date, LocalDate.now().plusDays(1));
        _click(view.record);
        expectNotifications("会议日期不能晚于今天。");

        assertThat(steps.stage(reportId)).isEqualTo(ReportStage.DELIBERATING);
        assertThat(as("secretary", () -> deliberation.records(reportId))).isEmpty();
    }

    @Test
    void a_meeting_that_returns_one_section_sends_it_back_to_drafting_with_the_opinion_as_typed() {
        long reportId = steps.deliberating("待审议的报告");
        List<OutlineEntry> sections = steps.sections(reportId);
        OutlineEntry sentBack = sections.get(2);
        String opinion = "内容过简，请充实。<script>alert(1)</script>";
        DeliberationView view = open("secretary", reportId);
        assertThat(view.returnedSections.getListDataView().getItems().map(OutlineEntry::numberedHeading))
                .containsExactlyElementsOf(
                        sections.stream().map(OutlineEntry::numberedHeading).toList());

        _setValue(view.meeting, "2026年第2次党组会议");
        _setValue(view.date, LocalDate.now());
        RadioButtonsKt.selectByLabel(view.outcome, "退回修改");
        selectByLabel(view.returnedSections, sentBack.numberedHeading());
        _setValue(view.notes, opinion);
        _click(view.record);

        expectNotifications("已记录：所选章节已退回承办科室重新起草。");
        assertThat(steps.stage(reportId)).isEqualTo(ReportStage.DRAFTING);
        assertThat(as("author", () -> drafting.section(sentBack.sectionId())).status())
                .isEqualTo(SectionStatus.RETURNED);
        assertThat(as("author", () -> drafting.section(sections.get(3).sectionId()))
                        .status())
                .isEqualTo(SectionStatus.APPROVED);
        assertThat(as("author", () -> drafting.mayEdit(sentBack.sectionId()))).isTrue();

        DeliberationView again = open("secretary", reportId);
        assertThat(again.form.isVisible())
                .as("nothing to record while the section is redrafted")
                .isFalse();
        assertThat(again.notOpen.isVisible()).isTrue();
        assertThat(_size(again.records)).isEqualTo(1);
        assertThat(_getFormattedRow(again.records, 0))
                .containsSubsequence(
                        "2026年第2次党组会议", LocalDate.now().toString(), "退回修改", sentBack.numberedHeading(), opinion);
    }

    @Test
    void without_an_open_deliberation_the_secretary_sees_no_form() {
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        DeliberationView view = open("secretary", reportId);
        assertThat(view.form.isVisible()).isFalse();
        assertThat(view.notOpen.isVisible()).isTrue();
        assertThat(view.document.getChildren()).isNotEmpty();
    }

    @Test
    void a_forged_report_id_shows_a_message_and_no_form() {
        DeliberationView view = open("secretary", 987_654_321L);
        assertThat(view.refusal.isVisible()).isTrue();
        assertThat(view.refusal.getText()).isEqualTo("未找到该对象。");
        assertThat(view.form.isVisible()).isFalse();
        assertThat(view.records.isVisible()).isFalse();
    }

    @Test
    void a_director_cannot_open_the_deliberation_view() {
        long reportId = steps.deliberating("待审议的报告");
        login("director");
        assertRefused(() -> UI.getCurrent().navigate("reports/" + reportId + "/deliberation"));
        assertThat(_find(DeliberationView.class)).isEmpty();
        assertThat(as("secretary", () -> deliberation.mayRecord(reportId))).isTrue();
    }

    private DeliberationView open(String user, long reportId) {
        login(user);
        UI.getCurrent().navigate("reports/" + reportId + "/deliberation");
        return _get(DeliberationView.class);
    }
}
