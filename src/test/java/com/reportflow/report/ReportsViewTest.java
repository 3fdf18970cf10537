package com.reportflow.report;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.reportflow.KaribuTest;
import com.reportflow.TestReports;
import com.reportflow.directory.Directory;
import com.reportflow.inbox.InboxView;
import com.reportflow.planning.NewReportView;
import com.reportflow.planning.ReportPlanning;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReportsViewTest extends KaribuTest {

    @Autowired
    ReportPlanning planning;

    @Autowired
    Directory directory;

    @Test
    void the_coordinator_sees_a_new_report_with_its_stage_and_progress_and_opens_it_with_a_click() {
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        login("coordinator");
        UI.getCurrent().navigate(ReportsView.class);

        ReportsView view = _get(ReportsView.class);
        int row = rowOf(view, reportId);
        assertThat(_getFormattedRow(view.grid, row))
                .contains(
                        "起草与审查中", "0/11", planning.defaultTitle(LocalDate.now().getYear() - 1));

        _clickItem(view.grid, row);
        assertThat(_find(ReportView.class)).hasSize(1);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("reports/" + reportId);
    }

    @Test
    void the_coordinator_is_offered_a_new_report() {
        login("coordinator");
        UI.getCurrent().navigate(ReportsView.class);
        ReportsView view = _get(ReportsView.class);
        assertThat(view.newReport.isVisible()).isTrue();

        ButtonKt._click(view.newReport);
        assertThat(_find(NewReportView.class)).hasSize(1);
    }

    @Test
    void the_coordinators_menu_entries_lead_to_the_report_list_and_the_new_report_form() {
        login("coordinator");
        UI.getCurrent().navigate(InboxView.class);
        List<String> paths =
                _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
        assertThat(paths).contains("reports", "reports/new");

        UI.getCurrent().navigate("reports");
        assertThat(_find(ReportsView.class)).hasSize(1);
        UI.getCurrent().navigate("reports/new");
        assertThat(_find(NewReportView.class)).hasSize(1);
    }

    @Test
    void the_director_sees_the_list_but_is_not_offered_a_new_report() {
        login("director");
        UI.getCurrent().navigate(ReportsView.class);
        assertThat(_get(ReportsView.class).newReport.isVisible()).isFalse();
    }

    @Test
    void an_author_cannot_open_the_report_list() {
        login("author");
        assertRefused(() -> UI.getCurrent().navigate(ReportsView.class));
        assertThat(_find(ReportsView.class)).isEmpty();
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
