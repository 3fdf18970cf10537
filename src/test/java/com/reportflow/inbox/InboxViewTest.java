package com.reportflow.inbox;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.reportflow.TestReports;
import com.reportflow.directory.Directory;
import com.reportflow.report.ReportPlanning;
import com.reportflow.workflow.Step;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InboxViewTest extends KaribuTest {

    @Autowired ReportPlanning planning;
    @Autowired Directory directory;

    @Test
    void an_author_sees_the_offices_new_sections_in_the_inbox() {
        long reportId = TestReports.start(planning, directory, "RSK", false);
        login("hr");
        UI.getCurrent().navigate(InboxView.class);

        InboxView view = _get(InboxView.class);
        assertThat(_size(view.grid)).isGreaterThanOrEqualTo(11);
        TaskRow first = _get(view.grid, 0);
        assertThat(first.step()).isEqualTo(Step.DRAFT_SECTION);
        assertThat(first.reportId()).isEqualTo(reportId);
        assertThat(first.officeName()).isEqualTo("人事科");
    }

    @Test
    void the_legal_advisor_has_no_drafting_tasks() {
        TestReports.start(planning, directory, "DDS", false);
        login("advisor");
        UI.getCurrent().navigate(InboxView.class);
        InboxView view = _get(InboxView.class);
        for (int i = 0; i < _size(view.grid); i++) {
            assertThat(_get(view.grid, i).step()).isNotEqualTo(Step.DRAFT_SECTION);
        }
    }
}
