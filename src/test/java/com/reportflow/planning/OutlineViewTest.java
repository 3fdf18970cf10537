package com.reportflow.planning;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.reportflow.TestReports;
import com.reportflow.directory.Directory;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportQueries;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OutlineViewTest extends KaribuTest {

    @Autowired
    ReportPlanning planning;

    @Autowired
    Directory directory;

    @Autowired
    ReportQueries queries;

    long reportId;

    @BeforeEach
    void startReport() {
        reportId = TestReports.start(planning, directory, "JCJYK", false);
    }

    @Test
    void the_coordinator_adds_a_section_under_the_selected_part_and_it_is_numbered_at_once() {
        OutlineView view = open("coordinator");
        assertThat(_size(view.tree)).isEqualTo(12);
        view.tree.select(entry("主要举措和成效"));
        _setValue(view.adding.newHeading, "加强教师法治培训");
        _setValue(view.adding.office, directory.officeByCode("RSK").orElseThrow());
        _setValue(view.adding.due, LocalDate.now().plusDays(7));

        _click(view.adding.addSection);

        expectNotifications(view.getTranslation("outline.changed"));
        assertThat(headings()).contains("（八）加强教师法治培训");
        assertThat(_size(view.tree)).isEqualTo(13);
    }

    @Test
    void a_heading_with_a_typed_number_is_refused_with_a_message_and_nothing_changes() {
        OutlineView view = open("coordinator");
        view.tree.select(entry("存在的不足和原因"));
        _setValue(view.actions.heading, "三、存在的不足");

        _click(view.actions.rename);

        expectNotifications(view.getTranslation("error.outline.typed-number"));
        assertThat(headings()).contains("三、存在的不足和原因");
    }

    @Test
    void the_coordinator_renames_moves_and_removes_a_section() {
        OutlineView view = open("coordinator");
        view.tree.select(entry("健全依法行政制度体系"));
        _setValue(view.actions.heading, "健全行政规范性文件制度");
        _click(view.actions.rename);
        _click(view.actions.up);
        assertThat(headings()).startsWith("一、主要举措和成效", "（一）健全行政规范性文件制度", "（二）依法全面履行政府职能");

        view.tree.select(entry("其他需要报告的情况"));
        _click(view.actions.remove);
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(headings()).doesNotContain("五、其他需要报告的情况").hasSize(11);
    }

    @Test
    void once_the_report_is_compiling_the_outline_screen_says_it_can_no_longer_change() {
        new ReportSteps(context).approveAllSections(reportId);

        OutlineView view = open("coordinator");

        assertThat(view.refusal.getText()).isEqualTo(view.getTranslation("error.outline.closed"));
        assertThat(view.content.isAttached()).isFalse();
    }

    @Test
    void only_the_coordinator_reaches_the_outline_screen() {
        login("author");
        assertRefused(() -> UI.getCurrent().navigate("reports/" + reportId + "/outline"));
        assertThat(_find(OutlineView.class)).isEmpty();
    }

    private OutlineEntry entry(String heading) {
        return as("coordinator", () -> queries.document(reportId)).entries().stream()
                .filter(e -> e.heading().equals(heading))
                .findFirst()
                .orElseThrow();
    }

    private List<String> headings() {
        return as("coordinator", () -> queries.document(reportId)).entries().stream()
                .map(OutlineEntry::numberedHeading)
                .toList();
    }

    private OutlineView open(String user) {
        login(user);
        UI.getCurrent().navigate("reports/" + reportId + "/outline");
        return _get(OutlineView.class);
    }
}
