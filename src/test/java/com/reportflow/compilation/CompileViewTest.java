package com.reportflow.compilation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.reportflow.TestReports;
import com.reportflow.directory.Directory;
import com.reportflow.inbox.InboxView;
import com.reportflow.planning.OutlineEditing;
import com.reportflow.planning.ReportPlanning;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportStage;
import com.reportflow.report.ReportSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CompileViewTest extends KaribuTest {

    @Autowired
    ReportPlanning planning;

    @Autowired
    ReportQueries queries;

    @Autowired
    Directory directory;

    @Autowired
    OutlineEditing outline;

    @Test
    void while_sections_are_open_the_coordinator_sees_why_and_no_send_button() {
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        login("coordinator");
        UI.getCurrent().navigate("reports/" + reportId + "/compile");

        CompileView view = _get(CompileView.class);
        assertThat(view.explanation.getText()).isEqualTo("尚有章节未通过合法性审查（已通过0/11），全部通过后才能汇编。");
        assertThat(view.send.isVisible()).isFalse();
        assertThat(view.form.isVisible()).isFalse();
        assertThat(_find(view.preview, H3.class)).extracting(H3::getText).startsWith("一、主要举措和成效");
    }

    @Test
    void once_every_section_is_approved_the_coordinator_sends_the_compiled_report_to_deliberation() {
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        new ReportSteps(context).approveAllSections(reportId);
        login("coordinator");
        UI.getCurrent().navigate("reports/" + reportId + "/compile");

        CompileView view = _get(CompileView.class);
        assertThat(view.send.isVisible()).isTrue();
        assertThat(view.issuer.getValue()).isEqualTo("某某市教育局");
        assertThat(view.closingDate.getValue()).isEqualTo(LocalDate.now());
        assertThat(_find(view.preview, H4.class)).extracting(H4::getText).startsWith("（一）依法全面履行政府职能", "（二）健全依法行政制度体系");
        HasValueUtilsKt._setValue(view.title, "某某市教育局2025年度法治政府建设情况报告");

        ButtonKt._click(view.send);
        ConfirmDialogKt._fireConfirm(view.confirm);

        ReportSummary summary = as("coordinator", () -> queries.summary(reportId));
        assertThat(summary.stage()).isEqualTo(ReportStage.DELIBERATING);
        assertThat(summary.title()).isEqualTo("某某市教育局2025年度法治政府建设情况报告");
        assertThat(_find(InboxView.class)).hasSize(1);
        NotificationsKt.expectNotifications("报告已提交集体审议。");
    }

    @Test
    void the_coordinator_sees_what_the_report_checks_found_and_may_still_send_it() {
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        List<OutlineEntry> entries =
                as("coordinator", () -> queries.document(reportId)).entries();
        long first = entries.get(1).sectionId();
        long responsiblePerson = entries.stream()
                .filter(e -> e.heading().startsWith("党政主要负责人"))
                .findFirst()
                .orElseThrow()
                .sectionId();
        as("coordinator", () -> outline.remove(responsiblePerson));
        new ReportSteps(context)
                .approveAll(reportId, id -> id == first ? "2025121召开专题会议,研究部署法治工作。\n（一）手工编号的段落。" : "依法行政工作有序推进。");
        login("coordinator");
        UI.getCurrent().navigate("reports/" + reportId + "/compile");

        CompileView view = _get(CompileView.class);

        assertThat(view.findings.caption.getText()).startsWith("文字与完整性检查：发现");
        String listed = view.findings.items.getElement().getTextRecursively();
        assertThat(listed)
                .contains("报告缺少“党政主要负责人履行推进法治建设第一责任人职责情况”部分")
                .contains("“2025121”")
                .contains("（一）依法全面履行政府职能 · 第1段")
                .contains("半角标点")
                .contains("（一）依法全面履行政府职能 · 第2段");
        assertThat(view.send.isVisible()).as("findings do not block").isTrue();
    }

    @Test
    void a_blank_issuer_is_refused_and_the_report_stays_waiting_to_be_compiled() {
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        new ReportSteps(context).approveAllSections(reportId);
        login("coordinator");
        UI.getCurrent().navigate("reports/" + reportId + "/compile");
        CompileView view = _get(CompileView.class);
        HasValueUtilsKt._setValue(view.issuer, " ");

        ButtonKt._click(view.send);
        ConfirmDialogKt._fireConfirm(view.confirm);

        NotificationsKt.expectNotifications("请填写发文机关。");
        assertThat(_find(CompileView.class)).hasSize(1);
        assertThat(as("coordinator", () -> queries.summary(reportId)).stage()).isEqualTo(ReportStage.COMPILING);
    }

    @Test
    void once_sent_the_compile_screen_says_the_report_is_not_waiting_any_more() {
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        new ReportSteps(context).bringToSignOff(reportId);
        login("coordinator");
        UI.getCurrent().navigate("reports/" + reportId + "/compile");
        CompileView view = _get(CompileView.class);
        assertThat(view.explanation.getText()).isEqualTo("该报告当前不在汇编环节（可能已提交审议），无需汇编。");
        assertThat(view.send.isVisible()).isFalse();
    }

    @Test
    void a_legal_advisor_cannot_reach_the_compile_screen() {
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        login("advisor");
        assertRefused(() -> UI.getCurrent().navigate("reports/" + reportId + "/compile"));
        assertThat(_find(CompileView.class)).isEmpty();
    }
}
