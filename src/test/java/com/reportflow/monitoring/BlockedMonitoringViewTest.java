package com.reportflow.monitoring;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.reportflow.directory.Directory;
import com.reportflow.planning.ReportPlanning;
import com.reportflow.report.ReportQueries;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Monitoring flags, first and in red, a report whose office check nobody can make (the demo 督导室 has no head). */
class BlockedMonitoringViewTest extends KaribuTest {

    private static final String HEADLESS = "DDS";

    @Autowired
    ReportPlanning planning;

    @Autowired
    ReportQueries queries;

    @Autowired
    Directory directory;

    @Test
    void monitoring_shows_the_report_whose_check_nobody_can_make_first_in_red() {
        long sectionId = new ReportSteps(context).submittedToOfficeCheck(HEADLESS, "inspector");
        int year = as("coordinator", () -> queries.section(sectionId)).reportYear();

        login("coordinator");
        UI.getCurrent().navigate(MonitoringView.class);
        MonitoringView view = _get(MonitoringView.class);
        _setValue(view.year, year);

        List<ReportRow> rows = _findAll(view.reports);
        assertThat(rows.getFirst().risk().reason()).isEqualTo(Risk.Reason.NOBODY_CAN_ACT);
        var badge = _getCellComponent(view.reports, 0, "risk");
        assertThat(badge.getElement().getTextRecursively()).isEqualTo("无人可办理");
        assertThat(badge.getElement().getClassList()).contains("blocked");
        assertThat(_getCellComponent(view.matrix.sections, 0, "risk")
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("无人可办理");
    }
}
