package com.reportflow.checks;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

/** The findings panel on the compile screen: where, what and what instead; dismissing with a reason. */
class FindingsPanelTest extends KaribuTest {

    @Test
    void the_coordinator_dismisses_a_finding_with_a_reason_and_sees_it_counted_apart() {
        long reportId = ChecksFixture.reportAtCompile(context)[0];
        login("coordinator");
        UI.getCurrent().navigate("reports/" + reportId + "/compile");
        FindingsPanel panel = _get(FindingsPanel.class);
        ListItem date = dateItem(panel);
        assertThat(date.getElement().getTextRecursively())
                .contains("（一）依法全面履行政府职能 · 第1段")
                .contains("“2025.3.15")
                .contains("应改为：2025年3月15日");
        assertThat(panel.dismissedDetails.isVisible()).isFalse();

        ButtonKt._click(_get(date, Button.class, spec -> spec.withText("忽略此项")));
        Button confirm = _get(date, Button.class, spec -> spec.withText("确认忽略"));
        ButtonKt._click(confirm);
        NotificationsKt.expectNotifications("请填写忽略理由。");

        HasValueUtilsKt._setValue(_get(date, TextField.class), "引用原文件的日期写法");
        ButtonKt._click(confirm);

        NotificationsKt.expectNotifications("已忽略该检查结果。");
        assertThat(panel.items.getElement().getTextRecursively()).doesNotContain("2025.3.15");
        assertThat(panel.dismissedDetails.isVisible()).isTrue();
        assertThat(panel.dismissedDetails.getSummaryText()).isEqualTo("已忽略 1 项");
        assertThat(panel.dismissedItems.getElement().getTextRecursively())
                .contains("2025.3.15")
                .contains("忽略理由：引用原文件的日期写法");
    }

    @Test
    void the_director_sees_the_findings_but_no_dismiss_button() {
        long reportId = ChecksFixture.reportAtCompile(context)[0];
        ReportSteps steps = new ReportSteps(context);
        steps.compile(reportId, "2025年度法治政府建设情况报告");
        steps.pass(reportId);
        login("director");
        UI.getCurrent().navigate("reports/" + reportId + "/sign-off");
        FindingsPanel panel = _get(FindingsPanel.class);

        assertThat(panel.items.getElement().getTextRecursively()).contains("2025.3.15");
        assertThat(_find(panel, Button.class)).isEmpty();
    }

    private static ListItem dateItem(FindingsPanel panel) {
        return _find(panel.items, ListItem.class).stream()
                .filter(i -> i.getElement().getTextRecursively().contains("2025.3.15"))
                .findFirst()
                .orElseThrow();
    }
}
