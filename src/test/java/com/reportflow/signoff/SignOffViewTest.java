package com.reportflow.signoff;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.reportflow.TestReports;
import com.reportflow.compilation.CompilationService;
import com.reportflow.deliberation.DeliberationService;
import com.reportflow.directory.Directory;
import com.reportflow.inbox.InboxView;
import com.reportflow.planning.ReportPlanning;
import com.reportflow.report.ReportDocument;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportStage;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.shared.ui.Formats;
import com.reportflow.workflow.DeliberationOutcome;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SignOffViewTest extends KaribuTest {

    @Autowired
    ReportPlanning planning;

    @Autowired
    ReportQueries queries;

    @Autowired
    Directory directory;

    @Autowired
    DeliberationService deliberation;

    @Autowired
    CompilationService compilation;

    @Autowired
    SignOffService signOff;

    @Test
    void the_director_signs_off_the_deliberated_report_and_the_screen_then_says_who_signed() {
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        new ReportSteps(context).bringToSignOff(reportId);
        login("director");
        UI.getCurrent().navigate("reports/" + reportId + "/sign-off");

        SignOffView view = _get(SignOffView.class);
        assertThat(view.sign.isVisible()).isTrue();
        assertThat(_get(view.preview, H2.class).getText()).isEqualTo("2025年度法治政府建设情况报告");
        assertThat(view.findings.caption.getText())
                .as("the director sees the checks' findings beside the text")
                .isEqualTo(view.getTranslation("checks.none"));
        ButtonKt._click(view.sign);
        ConfirmDialogKt._fireConfirm(view.confirm);

        assertThat(as("director", () -> queries.summary(reportId)).stage()).isEqualTo(ReportStage.PUBLISHING);
        assertThat(_find(InboxView.class)).hasSize(1);
        NotificationsKt.expectNotifications("报告已签发。");

        UI.getCurrent().navigate("reports/" + reportId + "/sign-off");
        SignOffView after = _get(SignOffView.class);
        assertThat(after.sign.isVisible()).isFalse();
        assertThat(after.note.getText()).startsWith("陈局长已于").endsWith("签发。");
    }

    @Test
    void the_director_sees_the_deliberation_and_the_document_as_it_will_be_signed_with_its_downloads() {
        ReportSteps steps = new ReportSteps(context);
        long reportId = steps.deliberating("2025年度法治政府建设情况报告");
        as(
                "secretary",
                () -> deliberation.record(
                        reportId,
                        "2026年第5次党组会议",
                        LocalDate.now(),
                        DeliberationOutcome.PASSED,
                        Set.of(),
                        "原则同意，请局长签发。"));
        login("director");
        UI.getCurrent().navigate("reports/" + reportId + "/sign-off");

        SignOffView view = _get(SignOffView.class);
        assertThat(view.deliberation.isVisible()).isTrue();
        assertThat(view.deliberation.getElement().getTextRecursively())
                .contains("2026年第5次党组会议", Formats.date(LocalDate.now()), "审议通过", "原则同意，请局长签发。");
        assertThat(view.exportLinks.docx.getHref()).isEqualTo("/exports/reports/" + reportId + ".docx");
        assertThat(view.exportLinks.pdf.getHref()).isEqualTo("/exports/reports/" + reportId + ".pdf");
        assertThat(_get(view.preview, H2.class).getText()).isEqualTo("2025年度法治政府建设情况报告");
        assertThat(view.preview.getElement().getTextRecursively())
                .as("the preview carries the written date the director is about to fix")
                .contains(ReportDocument.formatDate(LocalDate.now()));
    }

    @Test
    void the_written_date_defaults_to_the_sign_off_date_and_the_director_may_set_a_later_one_within_30_days() {
        ReportSteps steps = new ReportSteps(context);
        long reportId = steps.compiling();
        LocalDate proposed = LocalDate.now().plusDays(40);
        as(
                "coordinator",
                () -> compilation.sendToDeliberation(reportId, "2025年度法治政府建设情况报告", ReportSteps.ISSUER, proposed));
        steps.pass(reportId);
        login("director");
        UI.getCurrent().navigate("reports/" + reportId + "/sign-off");
        SignOffView view = _get(SignOffView.class);
        assertThat(view.documentDate.getValue()).isEqualTo(LocalDate.now());
        assertThat(view.preview.getElement().getTextRecursively())
                .as("the preview is dated as the report would be signed, not with the compile proposal")
                .contains(ReportDocument.formatDate(LocalDate.now()))
                .doesNotContain(ReportDocument.formatDate(proposed));

        _setValue(view.documentDate, LocalDate.now().plusDays(3));
        ButtonKt._click(view.sign);
        ConfirmDialogKt._fireConfirm(view.confirm);

        assertThat(as("director", () -> queries.document(reportId)).closingDate())
                .isEqualTo(LocalDate.now().plusDays(3));
    }

    @Test
    void a_written_date_before_the_sign_off_or_more_than_30_days_after_it_is_refused_and_nothing_is_signed() {
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        new ReportSteps(context).bringToSignOff(reportId);
        login("director");
        UI.getCurrent().navigate("reports/" + reportId + "/sign-off");
        SignOffView view = _get(SignOffView.class);

        for (LocalDate bad :
                List.of(LocalDate.now().minusDays(1), LocalDate.now().plusDays(31))) {
            _setValue(view.documentDate, bad);
            ButtonKt._click(view.sign);
            ConfirmDialogKt._fireConfirm(view.confirm);
            NotificationsKt.expectNotifications("成文日期应在签发当天（" + Formats.date(LocalDate.now()) + "）至其后30天（"
                    + Formats.date(LocalDate.now().plusDays(30)) + "）之内。");
            assertThat(as("director", () -> queries.summary(reportId)).stage()).isEqualTo(ReportStage.SIGNING);
        }
        assertThatThrownBy(() -> as("director", () -> signOff.signOff(reportId, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as("secretary", () -> signOff.signOff(reportId, LocalDate.now())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("director", () -> signOff.deliberation(987_654_321L)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("author", () -> signOff.deliberation(reportId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("director", () -> queries.summary(reportId)).stage()).isEqualTo(ReportStage.SIGNING);
    }

    @Test
    void before_deliberation_the_director_reads_the_report_but_cannot_sign() {
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        login("director");
        UI.getCurrent().navigate("reports/" + reportId + "/sign-off");

        SignOffView view = _get(SignOffView.class);
        assertThat(view.sign.isVisible()).isFalse();
        assertThat(view.note.getText()).isEqualTo("该报告当前不在签发环节。");
    }

    @Test
    void an_unknown_report_shows_a_message_and_nothing_to_sign() {
        login("director");
        UI.getCurrent().navigate("reports/987654321/sign-off");
        SignOffView view = _get(SignOffView.class);
        assertThat(view.message.getText()).isEqualTo("未找到该对象。");
        assertThat(view.content.isVisible()).isFalse();
    }

    @Test
    void a_secretary_cannot_reach_the_sign_off_screen() {
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        new ReportSteps(context).bringToSignOff(reportId);
        login("secretary");
        assertRefused(() -> UI.getCurrent().navigate("reports/" + reportId + "/sign-off"));
        assertThat(_find(SignOffView.class)).isEmpty();
        assertThat(as("director", () -> queries.summary(reportId)).stage()).isEqualTo(ReportStage.SIGNING);
    }
}
