package com.reportflow.inbox;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.reportflow.TestReports;
import com.reportflow.directory.Directory;
import com.reportflow.planning.ReportPlanning;
import com.reportflow.workflow.Step;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InboxViewTest extends KaribuTest {

    @Autowired
    ReportPlanning planning;

    @Autowired
    Directory directory;

    @Test
    void an_author_sees_the_offices_new_sections_in_the_inbox() {
        long reportId = TestReports.start(planning, directory, "RSK", false);
        login("hr");
        UI.getCurrent().navigate(InboxView.class);

        InboxView view = _get(InboxView.class);
        java.util.List<TaskRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < _size(view.grid); i++) {
            TaskRow row = _get(view.grid, i);
            if (row.reportId() == reportId) {
                rows.add(row);
            }
        }
        assertThat(rows).hasSize(11).allSatisfy(row -> {
            assertThat(row.step()).isEqualTo(Step.DRAFT_SECTION);
            assertThat(row.officeName()).isEqualTo("人事科");
        });
        assertThat(rows.getFirst().subject()).isEqualTo("（一）依法全面履行政府职能");
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

    @Test
    void the_done_list_shows_a_submitted_section_and_opens_it_read_only() {
        ReportSteps steps = new ReportSteps(context);
        long reportId = steps.drafting(false);
        long sectionId = steps.sectionIds(reportId).getFirst();
        steps.submit("author2", sectionId, "已提交的正文");
        login("author2");
        UI.getCurrent().navigate(DoneView.class);

        DoneView view = _get(DoneView.class);
        TaskRow done = null;
        for (int i = 0; i < _size(view.grid); i++) {
            TaskRow row = _get(view.grid, i);
            if (row.sectionId() != null && row.sectionId() == sectionId) {
                done = row;
            }
        }
        assertThat(done).isNotNull();
        assertThat(done.step()).isEqualTo(Step.DRAFT_SECTION);
        assertThat(done.completedAt()).isNotNull();

        UI.getCurrent().navigate(done.route());
        com.reportflow.drafting.DraftView draft = _get(com.reportflow.drafting.DraftView.class);
        com.vaadin.flow.component.textfield.TextArea text =
                _get(draft, com.vaadin.flow.component.textfield.TextArea.class);
        assertThat(text.isReadOnly()).isTrue();
        assertThat(text.getValue()).isEqualTo("已提交的正文");
    }
}
