package com.reportflow.planning;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.reportflow.KaribuTest;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Office;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportView;
import com.reportflow.report.SectionStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NewReportViewTest extends KaribuTest {

    @Autowired
    ReportQueries queries;

    @Autowired
    ReportPlanning planning;

    @Autowired
    Directory directory;

    Office basicEducation;

    @BeforeEach
    void office() {
        basicEducation = directory.officeByCode("JCJYK").orElseThrow();
    }

    @Test
    void the_coordinator_creates_a_report_and_lands_on_it_with_eleven_sections_in_drafting() {
        login("coordinator");
        UI.getCurrent().navigate(NewReportView.class);
        NewReportView view = _get(NewReportView.class);
        assertThat(view.year.getValue()).isEqualTo(NewReportView.proposedYear(LocalDate.now()));
        assertThat(view.sections.rows).hasSize(11);
        view.sections.rows.forEach(row -> ComboBoxKt.selectByLabel(row.office, "基础教育科"));

        ButtonKt._click(view.create);

        ReportView report = _get(ReportView.class);
        assertThat(_find(report, H2.class))
                .extracting(H2::getText)
                .first()
                .isEqualTo(planning.defaultTitle(NewReportView.proposedYear(LocalDate.now())));
        assertThat(report.getElement().getTextRecursively()).contains("0/11");
        List<OutlineEntry> sections =
                outline(report).stream().filter(OutlineEntry::assigned).toList();
        assertThat(sections)
                .hasSize(11)
                .allMatch(e -> e.status() == SectionStatus.DRAFTING)
                .allMatch(e -> "基础教育科".equals(e.officeName()));
        NotificationsKt.expectNotifications("报告已创建，各章节已分派到承办科室。");
    }

    @Test
    void the_same_office_and_date_can_be_set_for_every_section_at_once_and_part_five_left_out() {
        login("coordinator");
        UI.getCurrent().navigate(NewReportView.class);
        NewReportView view = _get(NewReportView.class);
        LocalDate due = LocalDate.now().plusDays(10);
        ComboBoxKt.selectByLabel(view.sections.allOffice, "基础教育科");
        HasValueUtilsKt._setValue(view.sections.allDue, due);
        ButtonKt._click(view.sections.applyToAll);
        assertThat(view.sections.rows)
                .allMatch(row -> row.office.getValue().getId().equals(basicEducation.getId()))
                .allMatch(row -> due.equals(row.due.getValue()));

        SectionRow partFive = view.sections.rows.getLast();
        assertThat(partFive.include.isEnabled()).isTrue();
        assertThat(view.sections.rows.getFirst().include.isEnabled())
                .as("statutory parts stay in")
                .isFalse();
        HasValueUtilsKt._setValue(partFive.include, false);
        ButtonKt._click(view.create);

        assertThat(outline(_get(ReportView.class)))
                .filteredOn(OutlineEntry::assigned)
                .hasSize(10)
                .allMatch(e -> due.equals(e.dueDate()))
                .noneMatch(e -> e.heading().equals("其他需要报告的情况"));
    }

    @Test
    void the_title_follows_the_year_until_the_coordinator_edits_it() {
        login("coordinator");
        UI.getCurrent().navigate(NewReportView.class);
        NewReportView view = _get(NewReportView.class);
        HasValueUtilsKt._setValue(view.year, 2024);
        assertThat(view.title.getValue()).isEqualTo("2024年度法治政府建设情况报告");

        HasValueUtilsKt._setValue(view.title, "我局2024年法治政府建设工作报告");
        HasValueUtilsKt._setValue(view.year, 2023);
        assertThat(view.title.getValue()).isEqualTo("我局2024年法治政府建设工作报告");
    }

    @Test
    void a_due_date_after_the_legal_submission_deadline_is_flagged_at_assignment() {
        login("coordinator");
        UI.getCurrent().navigate(NewReportView.class);
        NewReportView view = _get(NewReportView.class);
        HasValueUtilsKt._setValue(view.year, 2025);
        SectionRow row = view.sections.rows.getFirst();

        HasValueUtilsKt._setValue(row.due, LocalDate.of(2026, 3, 2));
        assertThat(row.due.getHelperText()).isEqualTo(view.getTranslation("reports.due-misses-deadline", "2026-02-28"));
        assertThat(row.due.getClassNames()).contains("due-warning");

        HasValueUtilsKt._setValue(row.due, LocalDate.of(2026, 2, 27));
        assertThat(row.due.getHelperText()).isNull();
        assertThat(row.due.getClassNames()).doesNotContain("due-warning");
    }

    @Test
    void a_blank_title_is_refused_and_no_report_is_created() {
        refused(view -> HasValueUtilsKt._setValue(view.title, "   "), "请填写报告标题。");
    }

    @Test
    void a_title_with_control_characters_is_refused_and_no_report_is_created() {
        refused(view -> HasValueUtilsKt._setValue(view.title, "2025年度\u0007报告"), "报告标题含有不允许的控制字符。");
    }

    @Test
    void an_over_long_title_is_refused_and_no_report_is_created() {
        refused(
                view -> HasValueUtilsKt._setValue(view.title, "长".repeat(201)),
                "报告标题超过长度上限（200字）：现有201字，多出1字。内容未保存，请删减后再试。");
    }

    @Test
    void a_missing_office_is_refused_and_no_report_is_created() {
        refused(
                view -> HasValueUtilsKt._setValue(view.sections.rows.get(3).office, null),
                "请为“主要举措和成效 / 坚持严格规范公正文明执法”选择承办科室。");
    }

    @Test
    void a_past_due_date_is_refused_and_no_report_is_created() {
        refused(
                view -> HasValueUtilsKt._setValue(
                        view.sections.rows.get(8).due, LocalDate.now().minusDays(1)),
                "请为“存在的不足和原因”设置不早于今天的截止日期。");
    }

    @Test
    void an_empty_year_is_refused_and_no_report_is_created() {
        refused(view -> HasValueUtilsKt._setValue(view.year, null), "请填写报告年度。");
    }

    @Test
    void an_author_cannot_open_the_new_report_screen() {
        login("author");
        assertRefused(() -> UI.getCurrent().navigate(NewReportView.class));
        assertThat(_find(NewReportView.class)).isEmpty();
    }

    private void refused(Consumer<NewReportView> spoil, String message) {
        long before = as("coordinator", () -> queries.reportCount());
        login("coordinator");
        UI.getCurrent().navigate(NewReportView.class);
        NewReportView view = _get(NewReportView.class);
        view.sections.rows.forEach(row -> ComboBoxKt.selectByLabel(row.office, "基础教育科"));
        spoil.accept(view);

        ButtonKt._click(view.create);

        NotificationsKt.expectNotifications(message);
        assertThat(_find(NewReportView.class)).as("still on the form").hasSize(1);
        assertThat(as("coordinator", () -> queries.reportCount())).isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    private static List<OutlineEntry> outline(ReportView view) {
        Grid<OutlineEntry> grid = _get(view, Grid.class);
        return IntStream.range(0, _size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .toList();
    }
}
