package com.reportflow.planning;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.reportflow.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

/** With the office-head check ticked, the new-report form names the chosen offices that have no active head. */
class HeadlessOfficesFormTest extends KaribuTest {

    @Test
    void the_new_report_form_names_the_chosen_offices_without_a_head_while_the_check_is_ticked() {
        login("coordinator");
        UI.getCurrent().navigate(NewReportView.class);
        NewReportView view = _get(NewReportView.class);
        view.sections.rows.forEach(row -> ComboBoxKt.selectByLabel(row.office, "基础教育科"));
        ComboBoxKt.selectByLabel(view.sections.rows.get(2).office, "督导室");
        assertThat(view.headless.isVisible()).isFalse();

        _setValue(view.officeHeadCheck, true);

        assertThat(view.headless.isVisible()).isTrue();
        assertThat(view.headless.getText()).contains("督导室").doesNotContain("基础教育科");

        ComboBoxKt.selectByLabel(view.sections.rows.get(2).office, "基础教育科");
        assertThat(view.headless.isVisible()).isFalse();
        ComboBoxKt.selectByLabel(view.sections.rows.get(3).office, "督导室");
        _setValue(view.officeHeadCheck, false);
        assertThat(view.headless.isVisible()).isFalse();
    }
}
