package com.reportflow.review;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.ReportQueries;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The advisor takes a review from the shared pool on the review screen, and gives it back there. */
class ReviewClaimViewTest extends KaribuTest {

    @Autowired
    ReportQueries queries;

    long sectionId;

    @BeforeEach
    void submitASection() {
        ReportSteps steps = new ReportSteps(context);
        sectionId = steps.sectionIds(steps.drafting(false)).getFirst();
        steps.submit("author", sectionId, "正文：依法行政工作情况");
    }

    @Test
    void an_unclaimed_review_offers_the_advisor_to_claim_it_and_then_to_give_it_back() {
        ReviewView view = open("advisor");
        assertThat(view.claim.isAttached()).isTrue();
        assertThat(view.claim.getText()).isEqualTo("认领");
        assertThat(view.giveBack.isAttached()).isFalse();

        _click(view.claim);

        view = _get(ReviewView.class);
        assertThat(view.claim.isAttached()).isFalse();
        assertThat(view.giveBack.isAttached()).isTrue();
        assertThat(view.steer.isAttached())
                .as("delegate and co-review live on the steering page")
                .isTrue();
        assertThat(view.steer.getHref()).isEqualTo("steering/sections/" + sectionId);
        assertThat(lastAction()).isEqualTo(HistoryAction.TASK_TAKEN);

        _click(view.giveBack);

        view = _get(ReviewView.class);
        assertThat(view.claim.isAttached()).isTrue();
        assertThat(view.giveBack.isAttached()).isFalse();
        assertThat(lastAction()).isEqualTo(HistoryAction.TASK_RELEASED);
    }

    @Test
    void a_reader_outside_the_advisors_pool_sees_neither_claim_nor_give_back() {
        ReviewView view = open("coordinator");

        assertThat(view.claim.isAttached()).isFalse();
        assertThat(view.giveBack.isAttached()).isFalse();
    }

    private ReviewView open(String username) {
        login(username);
        UI.getCurrent().navigate("sections/" + sectionId + "/review");
        return _get(ReviewView.class);
    }

    private HistoryAction lastAction() {
        return as("coordinator", () -> queries.section(sectionId))
                .history()
                .getLast()
                .getAction();
    }
}
