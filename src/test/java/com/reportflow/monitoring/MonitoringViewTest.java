package com.reportflow.monitoring;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._select;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.reportflow.TestReports;
import com.reportflow.directory.Directory;
import com.reportflow.drafting.DraftingService;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportPlanning;
import com.reportflow.workflow.Step;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MonitoringViewTest extends KaribuTest {

    @Autowired
    ReportPlanning planning;

    @Autowired
    Directory directory;

    @Autowired
    DraftingService drafting;

    @Test
    void the_admin_sees_the_report_and_each_section_with_its_step_and_holder() {
        long reportId = TestReports.start(planning, directory, Map.of(0, "RSK"), "JCJYK", false);
        List<OutlineEntry> sections = new ReportSteps(context).sections(reportId);
        OutlineEntry submitted = sections.get(1);
        as(
                "author",
                () -> drafting.submit(
                        submitted.sectionId(),
                        drafting.section(submitted.sectionId()).version(),
                        "正文"));

        MonitoringView view = open("admin");
        ReportProgress report = row(view, reportId);
        assertThat(_getFormattedRow(view.reports, report)).contains("起草与审查中", "0 / 11");
        assertThat(view.sections.isVisible()).isFalse();

        _select(view.reports, report);
        assertThat(view.sections.isVisible()).isTrue();
        assertThat(_size(view.sections)).isEqualTo(11);
        List<SectionProgress> rows = _findAll(view.sections);
        assertThat(rows)
                .extracting(SectionProgress::sectionId)
                .containsExactlyInAnyOrderElementsOf(
                        sections.stream().map(OutlineEntry::sectionId).toList());
        for (SectionProgress row : rows) {
            List<String> cells = _getFormattedRow(view.sections, row);
            if (row.sectionId() == submitted.sectionId()) {
                assertThat(row.step()).isEqualTo(Step.LEGALITY_REVIEW);
                assertThat(cells).contains(submitted.numberedHeading(), "基础教育科", "合法性审查中", "合法性审查", "法律顾问");
            } else if (row.sectionId() == sections.getFirst().sectionId()) {
                assertThat(cells).contains(sections.getFirst().numberedHeading(), "人事科", "起草中", "起草章节", "人事科");
            } else {
                assertThat(row.step()).isEqualTo(Step.DRAFT_SECTION);
                assertThat(cells).contains("基础教育科", "起草中", "起草章节");
                assertThat(cells.get(4)).isEqualTo("基础教育科");
            }
        }
    }

    @Test
    void the_coordinator_filters_the_sections_by_office_or_holder() {
        long reportId = TestReports.start(planning, directory, Map.of(0, "RSK", 1, "DDS"), "JCJYK", false);
        MonitoringView view = open("coordinator");
        _select(view.reports, row(view, reportId));

        _setValue(view.filter, "督导室");
        assertThat(_findAll(view.sections)).singleElement().satisfies(s -> assertThat(s.officeName())
                .isEqualTo("督导室"));
        _setValue(view.filter, "基础教育");
        assertThat(_size(view.sections)).isEqualTo(9);
        _setValue(view.filter, "<script>");
        assertThat(_size(view.sections)).isZero();
        _setValue(view.filter, "");
        assertThat(_size(view.sections)).isEqualTo(11);
    }

    @Test
    void an_author_cannot_open_the_monitoring_view() {
        login("author");
        assertThatThrownBy(() -> UI.getCurrent().navigate("monitoring")).isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(MonitoringView.class)).isEmpty();
    }

    private static ReportProgress row(MonitoringView view, long reportId) {
        return _findAll(view.reports).stream()
                .filter(r -> r.summary().id() == reportId)
                .findFirst()
                .orElseThrow();
    }

    private MonitoringView open(String user) {
        login(user);
        UI.getCurrent().navigate(MonitoringView.class);
        return _get(MonitoringView.class);
    }
}
