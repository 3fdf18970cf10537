package com.reportflow.inbox;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.reportflow.review.ReviewService;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InboxProgressTest extends KaribuTest {

    @Autowired
    ReviewService review;

    @Test
    void each_inbox_row_shows_how_many_sections_of_its_report_are_approved() {
        ReportSteps steps = new ReportSteps(context);
        long reportId = steps.drafting(false);
        List<Long> ids = steps.sectionIds(reportId);
        steps.submit("author", ids.get(0), "正文一");
        as("advisor", () -> review.approve(ids.get(0)));
        steps.submit("author", ids.get(1), "正文二");
        as("advisor", () -> review.approve(ids.get(1)));

        login("author");
        UI.getCurrent().navigate(InboxView.class);
        InboxView view = _get(InboxView.class);

        int found = 0;
        for (int i = 0; i < _size(view.grid); i++) {
            TaskRow row = _get(view.grid, i);
            if (row.reportId() == reportId) {
                found++;
                assertThat(row.sectionsApproved()).isEqualTo(2);
                assertThat(row.sectionsTotal()).isEqualTo(ids.size());
                assertThat(_getFormattedRow(view.grid, row)).contains("2 / " + ids.size() + " 章节已通过");
            }
        }
        assertThat(found).isEqualTo(ids.size() - 2);
    }
}
