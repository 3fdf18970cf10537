package com.reportflow.report;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.reportflow.TestReports;
import com.reportflow.directory.Directory;
import com.reportflow.planning.ReportPlanning;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** With the office-head check on, the report page names the offices that have no active head. */
class HeadlessOfficesViewTest extends KaribuTest {

    private static final String HEADLESS = "DDS";

    @Autowired
    ReportPlanning planning;

    @Autowired
    ReportQueries queries;

    @Autowired
    Directory directory;

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
