package com.reportflow.report.ui;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.reportflow.planning.ReportPlanning;
import com.reportflow.report.OfficeHeadCheck;
import com.reportflow.report.ReportQueries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HistoryPanelTest extends KaribuTest {

    @Autowired
    ReportPlanning planning;

    @Autowired
    OfficeHeadCheck officeHeadCheck;

    @Autowired
    ReportQueries queries;

    @Test
    void switching_the_office_head_check_reads_as_words_in_the_history_not_as_on_or_off() {
        ReportSteps steps = new ReportSteps(context);
        long reportId = steps.drafting(false);
        as("coordinator", () -> officeHeadCheck.setOfficeHeadCheck(reportId, true));
        as("coordinator", () -> officeHeadCheck.setOfficeHeadCheck(reportId, false));
        login("coordinator");

        HistoryPanel panel =
                new HistoryPanel(as("coordinator", () -> queries.reportHistory(reportId)), List.of(), Map.of());

        String shown = panel.getElement().getTextRecursively();
        assertThat(shown).contains("已开启", "已关闭").doesNotContainPattern("\\b(on|off)\\b");
    }
}
