package com.reportflow.signoff;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.reportflow.TestReports;
import com.reportflow.directory.Directory;
import com.reportflow.inbox.InboxView;
import com.reportflow.report.ReportPlanning;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportStage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SignOffViewTest extends KaribuTest {

    @Autowired
    ReportPlanning planning;

    @Autowired
    ReportQueries queries;

    @Autowired
    Directory directory;

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
        assertThatThrownBy(() -> UI.getCurrent().navigate("reports/" + reportId + "/sign-off"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(SignOffView.class)).isEmpty();
        assertThat(as("director", () -> queries.summary(reportId)).stage()).isEqualTo(ReportStage.SIGNING);
    }
}
