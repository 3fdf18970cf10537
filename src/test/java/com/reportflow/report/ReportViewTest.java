package com.reportflow.report;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.reportflow.TestReports;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Office;
import com.reportflow.planning.NewReport;
import com.reportflow.planning.OutlineTemplate;
import com.reportflow.planning.ReportPlanning;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReportViewTest extends KaribuTest {

    @Autowired
    ReportPlanning planning;

    @Autowired
    ReportQueries queries;

    @Autowired
    Directory directory;

    @Test
    void the_report_shows_its_numbered_outline_with_offices_due_dates_and_statuses() {
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        login("coordinator");
        UI.getCurrent().navigate("reports/" + reportId);

        ReportView view = _get(ReportView.class);
        assertThat(view.stage.getText()).isEqualTo("起草与审查中");
        assertThat(view.progressText.getText()).isEqualTo("已通过审查 0/11 个章节");
        assertThat(view.progress.getValue()).isZero();
        assertThat(view.deadlines.getText())
                .contains(LocalDate.now().getYear() + "-03-01", LocalDate.now().getYear() + "-04-01");
        assertThat(_size(view.outline)).isEqualTo(12);
        assertThat(_getFormattedRow(view.outline, 0)).startsWith("一、主要举措和成效", "", "", "");
        assertThat(_getFormattedRow(view.outline, 1))
                .startsWith(
                        "（一）依法全面履行政府职能", "基础教育科", LocalDate.now().plusDays(30).toString(), "起草中");
        assertThat(_getFormattedRow(view.outline, 1).getLast())
                .as("a link to the section's record")
                .contains("记录");
        assertThat(_getFormattedRow(view.outline, 8).getFirst()).isEqualTo("二、党政主要负责人履行推进法治建设第一责任人职责情况");
        assertThat(_getFormattedRow(view.outline, 11).getFirst()).isEqualTo("五、其他需要报告的情况");
        assertThat(view.history.getElement().getTextRecursively()).contains("创建并启动报告");
        assertThat(view.legalDeadlines.getElement().getTextRecursively())
                .contains("报送本级党委、政府和上级部门", "向社会公开", "成文后20个工作日内公开")
                .contains(LocalDate.now().getYear() + "-02-28");
        assertThat(_find(view.steps, Anchor.class))
                .as("nothing to compile yet; the outline can still change")
                .singleElement()
                .satisfies(a -> assertThat(a.getHref()).isEqualTo("reports/" + reportId + "/outline"));
    }

    @Test
    void progress_counts_approved_sections_and_the_coordinator_is_offered_the_compile_step() {
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        new ReportSteps(context).approveAllSections(reportId);
        login("coordinator");
        UI.getCurrent().navigate("reports/" + reportId);

        ReportView view = _get(ReportView.class);
        assertThat(view.progressText.getText()).isEqualTo("已通过审查 11/11 个章节");
        assertThat(view.progress.getValue()).isEqualTo(view.progress.getMax());
        assertThat(_getFormattedRow(view.outline, 1).get(3)).isEqualTo("审查通过");
        assertThat(_find(view.steps, Anchor.class)).singleElement().satisfies(a -> assertThat(a.getHref())
                .isEqualTo("reports/" + reportId + "/compile"));
    }

    @Test
    void the_coordinator_switches_the_office_head_check_and_the_history_records_it() {
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        login("coordinator");
        UI.getCurrent().navigate("reports/" + reportId);
        ReportView view = _get(ReportView.class);
        assertThat(view.officeHeadCheck.isVisible()).isTrue();
        assertThat(view.officeHeadCheck.getValue()).isFalse();

        HasValueUtilsKt._setValue(view.officeHeadCheck, true);

        assertThat(as("coordinator", () -> queries.officeHeadCheck(reportId))).isTrue();
        assertThat(view.history.getElement().getTextRecursively()).contains("调整科室负责人审核设置");
    }

    @Test
    void a_history_entry_about_a_section_names_the_section() {
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        ReportSteps steps = new ReportSteps(context);
        OutlineEntry first = steps.sections(reportId).getFirst();
        steps.submit("author", first.sectionId(), "本年度依法履职情况。");
        login("coordinator");
        UI.getCurrent().navigate("reports/" + reportId);

        ReportView view = _get(ReportView.class);
        assertThat(_find(view.history, ListItem.class))
                .filteredOn(item -> item.getElement().getTextRecursively().contains("提交审查"))
                .singleElement()
                .satisfies(item ->
                        assertThat(item.getElement().getTextRecursively()).contains("（一）依法全面履行政府职能"));
        assertThat(_find(view.history, ListItem.class))
                .filteredOn(item -> item.getElement().getTextRecursively().contains("创建并启动报告"))
                .singleElement()
                .satisfies(item ->
                        assertThat(item.getElement().getTextRecursively()).doesNotContain("依法全面履行政府职能"));
    }

    @Test
    void the_director_reads_the_report_without_the_office_head_switch() {
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        login("director");
        UI.getCurrent().navigate("reports/" + reportId);
        ReportView view = _get(ReportView.class);
        assertThat(view.content.isVisible()).isTrue();
        assertThat(view.officeHeadCheck.isVisible()).isFalse();
    }

    @Test
    void a_title_with_markup_shows_as_literal_text() {
        String title = "<script>alert(1)</script>年度报告";
        long reportId = startWithTitle(title);
        login("coordinator");
        UI.getCurrent().navigate("reports/" + reportId);

        ReportView view = _get(ReportView.class);
        assertThat(view.title.getText()).isEqualTo(title);
        assertThat(view.getPageTitle()).isEqualTo(title);
        assertThat(_get(view.preview, H2.class).getText()).isEqualTo(title);
        assertThat(view.getElement().getOuterHTML()).doesNotContain("<script>");
    }

    @Test
    void an_unknown_report_id_shows_a_message_and_no_report() {
        login("coordinator");
        UI.getCurrent().navigate("reports/987654321");
        ReportView view = _get(ReportView.class);
        assertThat(view.message.isVisible()).isTrue();
        assertThat(view.message.getText()).isEqualTo("未找到该对象。");
        assertThat(view.content.isVisible()).isFalse();
    }

    @Test
    void an_author_cannot_open_a_report() {
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        login("author");
        assertRefused(() -> UI.getCurrent().navigate("reports/" + reportId));
        assertThat(_find(ReportView.class)).isEmpty();
    }

    private long startWithTitle(String title) {
        Office office = directory.officeByCode("DDS").orElseThrow();
        List<NewReport.Assignment> assignments = new ArrayList<>();
        for (OutlineTemplate.Leaf leaf : OutlineTemplate.statutory().leaves()) {
            assignments.add(new NewReport.Assignment(
                    leaf.index(), true, office.getId(), LocalDate.now().plusDays(30)));
        }
        return as(
                "coordinator",
                () -> planning.createAndStart(new NewReport(LocalDate.now().getYear() - 1, title, false, assignments)));
    }
}
