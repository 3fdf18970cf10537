package com.reportflow.publication;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CorrectionViewTest extends KaribuTest {

    @Autowired
    PublicationAmendments amendments;

    long reportId;

    @BeforeEach
    void publishAReport() {
        ReportSteps steps = new ReportSteps(context);
        reportId = steps.publishing("更正页面测试报告");
        steps.publish(reportId);
    }

    @Test
    void the_coordinator_corrects_a_section_text_with_a_reason_and_sees_the_new_version_listed() {
        CorrectionView view = open("coordinator");
        TextArea first = view.bodies.values().iterator().next();
        _setValue(first, first.getValue() + "（数据已更正）");
        _setValue(view.reason, "补充更正数据。");

        _click(view.correct);

        expectNotifications(view.getTranslation("correction.published"));
        assertThat(as("coordinator", () -> amendments.versions(reportId)))
                .extracting(PublishedVersion::getChange)
                .containsExactly(PublishedVersion.Change.PUBLISHED, PublishedVersion.Change.CORRECTED);
        assertThat(view.versions.getElement().getTextRecursively()).contains("补充更正数据。");
    }

    @Test
    void a_correction_without_a_reason_gets_a_message_and_publishes_nothing() {
        CorrectionView view = open("coordinator");
        TextArea first = view.bodies.values().iterator().next();
        _setValue(first, "改动的正文");

        _click(view.correct);

        expectNotifications(view.getTranslation("error.required", view.getTranslation("correction.reason")));
        assertThat(as("coordinator", () -> amendments.versions(reportId))).hasSize(1);
    }

    @Test
    void only_the_coordinator_reaches_the_correction_screen() {
        login("director");
        assertRefused(() -> UI.getCurrent().navigate("reports/" + reportId + "/correction"));
        assertThat(_find(CorrectionView.class)).isEmpty();
    }

    private CorrectionView open(String user) {
        login(user);
        UI.getCurrent().navigate("reports/" + reportId + "/correction");
        return _get(CorrectionView.class);
    }
}
