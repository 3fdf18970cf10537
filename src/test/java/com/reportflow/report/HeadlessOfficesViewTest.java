package com.reportflow.report;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.reportflow.KaribuTest;
import com.reportflow.TestReports;
import com.reportflow.directory.Directory;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** With the office-head check on, the new-report form and the report page name the offices that have no active head. */
class HeadlessOfficesViewTest extends KaribuTest {

    private static final String HEADLESS = "DDS";

    @Autowired
    ReportPlanning planning;

    @Autowired
    ReportQueries queries;

    @Autowired
    Directory directory;

    @Test
    void the_new_report_form_names_the_chosen_offices_without_a_head_while_the_check_is_ticked() {
        login("coordinator");
        UI.getCurrent().navigate(NewReportView.class);
        NewReportView view = _get(NewReportView.class);
        view.rows.forEach(row -> ComboBoxKt.selectByLabel(row.office, "基础教育科"));
        ComboBoxKt.selectByLabel(view.rows.get(2).office, "督导室");
        assertThat(view.headless.isVisible()).isFalse();

        _setValue(view.officeHeadCheck, true);

        assertThat(view.headless.isVisible()).isTrue();
        assertThat(view.headless.getText()).contains("督导室").doesNotContain("基础教育科");

        ComboBoxKt.selectByLabel(view.rows.get(2).office, "基础教育科");
        assertThat(view.headless.isVisible()).isFalse();
        ComboBoxKt.selectByLabel(view.rows.get(3).office, "督导室");
        _setValue(view.officeHeadCheck, false);
        assertThat(view.headless.isVisible()).isFalse();
    }

    @Test
    void the_report_page_names_the_offices_without_a_head_to_the_coordinator_while_the_check_is_on() {
        long reportId = TestReports.start(planning, directory, HEADLESS, true);

        login("coordinator");
        UI.getCurrent().navigate("reports/" + reportId);
        ReportView view = _get(ReportView.class);
        assertThat(view.headless.isVisible()).isTrue();
        assertThat(view.headless.getText()).contains("督导室");

        _setValue(view.officeHeadCheck, false);
        assertThat(view.headless.isVisible()).isFalse();

        login("director");
        UI.getCurrent().navigate("reports/" + reportId);
        assertThat(_get(ReportView.class).headless.isVisible()).isFalse();
    }
}
