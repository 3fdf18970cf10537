package com.reportflow.monitoring;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.reportflow.publication.PublicationAmendments;
import com.reportflow.report.ReportQueries;
import com.reportflow.workflow.Step;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MonitoringViewTest extends KaribuTest {

    @Autowired
    PublicationAmendments amendments;

    @Autowired
    ReportQueries queries;

    @Test
    void the_admin_sees_the_years_reports_and_each_section_against_every_step_with_links() {
        MonitoredReports fixture = new MonitoredReports(context);
        long reportId = fixture.start();
        List<Long> ids = fixture.sectionIds(reportId);
        fixture.submit(ids.getFirst());
        fixture.returnIt(ids.getFirst());
        fixture.submit(ids.get(1));

        MonitoringView view = open("admin");
        _setValue(view.matrix.office, fixture.office);

        ReportRow report = _findAll(view.reports).stream()
                .filter(r -> r.summary().id() == reportId)
                .findFirst()
                .orElseThrow();
        assertThat(_getFormattedRow(view.reports, report)).contains("起草与审查中", "0 / " + ids.size());
        int reportIndex = _findAll(view.reports).indexOf(report);
        assertThat(((Anchor) _getCellComponent(view.reports, reportIndex, "report")).getHref())
                .isEqualTo("steering/reports/" + reportId);
        assertThat(((Anchor) _getCellComponent(view.reports, reportIndex, "diagram")).getHref())
                .isEqualTo("monitoring/diagram/report/" + reportId);

        List<SectionRow> rows = _findAll(view.matrix.sections);
        assertThat(rows).hasSize(ids.size());
        SectionRow inReview = rows.stream()
                .filter(r -> r.sectionId() == ids.get(1))
                .findFirst()
                .orElseThrow();
        assertThat(inReview.step()).isEqualTo(Step.LEGALITY_REVIEW);
        List<String> cells = _getFormattedRow(view.matrix.sections, inReview);
        assertThat(cells).anySatisfy(c -> assertThat(c).startsWith("● 法律顾问，"));
        assertThat(cells).anySatisfy(c -> assertThat(c).startsWith("✓ 1 轮"));
        int index = rows.indexOf(inReview);
        assertThat(((Anchor) _getCellComponent(view.matrix.sections, index, "section")).getHref())
                .isEqualTo("steering/sections/" + ids.get(1));
        assertThat(((Anchor) _getCellComponent(view.matrix.sections, index, "diagram")).getHref())
                .isEqualTo("monitoring/diagram/section/" + ids.get(1));
        SectionRow returned = rows.stream()
                .filter(r -> r.sectionId() == ids.getFirst())
                .findFirst()
                .orElseThrow();
        assertThat(returned.returns()).isEqualTo(1);
    }

    @Test
    void the_coordinator_narrows_the_matrix_and_bad_filter_text_is_refused_with_a_message() {
        MonitoredReports fixture = new MonitoredReports(context);
        long reportId = fixture.start();
        List<Long> ids = fixture.sectionIds(reportId);
        fixture.submit(ids.getFirst());
        MonitoringView view = open("coordinator");
        _setValue(view.matrix.office, fixture.office);

        _setValue(view.matrix.step, MatrixStep.LEGALITY_REVIEW);
        assertThat(_findAll(view.matrix.sections))
                .extracting(SectionRow::sectionId)
                .containsExactly(ids.getFirst());
        _setValue(view.matrix.step, null);
        _setValue(view.matrix.holder, "法律顾问");
        assertThat(_findAll(view.matrix.sections))
                .extracting(SectionRow::sectionId)
                .containsExactly(ids.getFirst());
        _setValue(view.matrix.holder, "<script>alert(1)</script>");
        assertThat(_findAll(view.matrix.sections)).isEmpty();
        assertThat(view.matrix.filterRefusal.isVisible()).isFalse();
        _setValue(view.matrix.holder, "a\u0007b");
        assertThat(view.matrix.filterRefusal.isVisible()).isTrue();
        assertThat(view.matrix.filterRefusal.getText()).contains("控制字符");
        assertThat(_findAll(view.matrix.sections)).isEmpty();
        _setValue(view.matrix.holder, "");
        assertThat(_findAll(view.matrix.sections)).hasSize(ids.size());
    }

    @Test
    void deadlines_and_section_headings_wrap_in_their_cells_instead_of_being_clipped() {
        MonitoringView view = open("admin");
        assertThat(view.reports.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
        assertThat(view.matrix.sections.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
    }

    @Test
    void each_chart_gets_its_data_as_json_and_a_table_with_the_same_rows() {
        MonitoredReports fixture = new MonitoredReports(context);
        long reportId = fixture.start();
        long sectionId = fixture.sectionIds(reportId).getFirst();
        fixture.submit(sectionId);
        fixture.returnIt(sectionId);
        fixture.submit(sectionId);
        fixture.approve(sectionId);

        MonitoringView view = open("admin");

        JsonNode returns = JsonMapper.builder().build().readTree(view.charts.returns.config);
        assertThat(returns.get("type").asString()).isEqualTo("bar");
        assertThat(_findAll(view.charts.returns.table)).anyMatch(r -> r.sectionId() == sectionId && r.returns() == 1);
        assertThat(returns.get("data").get("labels").size())
                .isEqualTo(Math.min(_findAll(view.charts.returns.table).size(), FiguresPanel.RETURNS_CHART_LIMIT));
        JsonNode throughput = JsonMapper.builder().build().readTree(view.charts.throughput.config);
        assertThat(throughput.get("data").get("labels").size())
                .isEqualTo(_findAll(view.charts.throughput.table).size());
        assertThat(_findAll(view.charts.stepTimes.table))
                .anyMatch(t -> t.step() == MatrixStep.DRAFTING
                        && fixture.office.getName().equals(t.officeName()));
        assertThat(view.charts.stepTimes.canvas.getElement().getAttribute("aria-label"))
                .isEqualTo("各环节用时（按科室，天）");
        assertThat(view.charts.stepTimes.canvas.getChildren()).isNotNull();
    }

    @Test
    void a_published_or_withdrawn_report_counts_no_days_left_in_monitoring() {
        ReportSteps steps = new ReportSteps(context);
        long published = steps.publishing("监控中已公开的报告");
        steps.publish(published);
        long withdrawn = steps.publishing("监控中撤回的报告");
        steps.publish(withdrawn);
        as("coordinator", () -> amendments.withdraw(withdrawn, "含有不宜公开的内容。"));
        long drafting = steps.drafting(false);
        int year = as("coordinator", () -> queries.summary(published)).year();

        login("coordinator");
        UI.getCurrent().navigate(MonitoringView.class);
        MonitoringView view = _get(MonitoringView.class);
        _setValue(view.year, year);

        assertThat(deadlinesOf(view, published)).contains("报告已公开").doesNotContain("还剩", "已超过");
        assertThat(deadlinesOf(view, withdrawn)).contains("已撤回公开").doesNotContain("还剩", "已超过");
        assertThat(deadlinesOf(view, drafting)).containsAnyOf("还剩", "已超过", "今天截止");
    }

    private static String deadlinesOf(MonitoringView view, long reportId) {
        List<ReportRow> rows = _findAll(view.reports);
        int index = rows.indexOf(rows.stream()
                .filter(r -> r.summary().id() == reportId)
                .findFirst()
                .orElseThrow());
        return _getCellComponent(view.reports, index, "deadlines").getElement().getTextRecursively();
    }

    @Test
    void an_author_cannot_open_the_monitoring_view() {
        login("author");
        assertRefused(() -> UI.getCurrent().navigate("monitoring"));
        assertThat(_find(MonitoringView.class)).isEmpty();
    }

    private MonitoringView open(String user) {
        login(user);
        UI.getCurrent().navigate(MonitoringView.class);
        MonitoringView view = _get(MonitoringView.class);
        _setValue(view.year, MonitoredReports.YEAR);
        return view;
    }
}
