package com.reportflow.report;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.reportflow.publication.PublicationAmendments;
import com.reportflow.steering.SectionSteeringView;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** After 撤回公开 the report reads as withdrawn inside the app, not as published. */
class WithdrawnReportViewTest extends KaribuTest {

    @Autowired
    PublicationAmendments amendments;

    @Test
    void a_withdrawn_report_is_labelled_withdrawn_in_the_list_and_on_its_page_and_counts_no_open_deadline() {
        ReportSteps steps = new ReportSteps(context);
        long reportId = steps.publishing("撤回后的报告");
        steps.publish(reportId);
        as("coordinator", () -> amendments.withdraw(reportId, "含有不宜公开的内容。"));
        login("coordinator");

        UI.getCurrent().navigate(ReportsView.class);
        ReportsView list = _get(ReportsView.class);
        assertThat(_getFormattedRow(list.grid, rowOf(list, reportId)))
                .contains("已撤回公开")
                .doesNotContain("已公开");

        UI.getCurrent().navigate("reports/" + reportId);
        ReportView page = _get(ReportView.class);
        assertThat(page.stage.getText()).isEqualTo("已撤回公开");
        assertThat(page.legalDeadlines.getElement().getTextRecursively())
                .as("a withdrawn report counts no days left to publish")
                .contains("已撤回公开")
                .doesNotContain("还剩", "已超过");

        UI.getCurrent()
                .navigate("steering/sections/" + steps.sectionIds(reportId).getFirst());
        SectionSteeringView section = _get(SectionSteeringView.class);
        assertThat(section.getElement().getTextRecursively()).contains("已撤回公开");
    }

    @Test
    void a_published_report_counts_its_deadlines_as_met() {
        ReportSteps steps = new ReportSteps(context);
        long reportId = steps.publishing("已公开的报告");
        steps.publish(reportId);
        login("coordinator");

        UI.getCurrent().navigate("reports/" + reportId);
        ReportView page = _get(ReportView.class);
        assertThat(page.stage.getText()).isEqualTo("已公开");
        assertThat(page.legalDeadlines.getElement().getTextRecursively())
                .contains("已公开")
                .doesNotContain("还剩", "已超过");
    }

    private static int rowOf(ReportsView view, long reportId) {
        for (int i = 0; i < _size(view.grid); i++) {
            if (_get(view.grid, i).id() == reportId) {
                return i;
            }
        }
        throw new AssertionError("report " + reportId + " is not listed");
    }
}
