package com.reportflow.review;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.SectionStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A legality opinion pasted longer than its limit is kept whole in the field, and refused with the figures. */
class LongOpinionTest extends KaribuTest {

    @Autowired
    ReportQueries queries;

    @Test
    void an_opinion_pasted_over_the_limit_is_refused_with_the_figures_and_nothing_changes() {
        ReportSteps steps = new ReportSteps(context);
        long sectionId = steps.sectionIds(steps.drafting(false)).getFirst();
        steps.submit("author", sectionId, "正文：依法行政工作情况");
        login("advisor");
        UI.getCurrent().navigate("sections/" + sectionId + "/review");
        ReviewView view = _get(ReviewView.class);
        TextArea remarks = _get(view, TextArea.class, spec -> spec.withLabel(view.getTranslation("review.remarks")));
        String pasted = "意".repeat(ReviewService.MAX_OPINION_LENGTH + 7);

        _setValue(remarks, pasted);

        assertThat(remarks.getValue()).isEqualTo(pasted);
        assertThat(remarks.getElement().getProperty("maxlength")).isNull();
        assertThat(remarks.getHelperText()).contains("请删减7字");
        _click(_get(view, Button.class, spec -> spec.withText("退回修改")));
        List<String> told = NotificationsKt.getNotifications().stream()
                .map(n ->
                        n.getElement().getProperty("text", "") + n.getElement().getTextRecursively())
                .toList();
        assertThat(told).anySatisfy(text -> assertThat(text).contains("多出7字"));
        assertThat(as("coordinator", () -> queries.section(sectionId)).status()).isEqualTo(SectionStatus.LEGAL_REVIEW);
    }
}
