package com.reportflow.review;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Role;
import com.reportflow.inbox.InboxView;
import com.reportflow.steering.SteeringService;
import com.vaadin.flow.component.UI;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A co-reviewer (加签) gives their opinion in the review screen; the main reviewer sees it there. */
class CoReviewViewTest extends KaribuTest {

    static final String SECOND_ADVISOR = "advisor2";

    @Autowired
    ReviewService review;

    @Autowired
    SteeringService steering;

    @Autowired
    Directory directory;

    @Test
    void the_co_reviewer_gives_an_opinion_that_the_main_reviewer_then_reads_beside_the_text() {
        synchronized (CoReviewViewTest.class) {
            if (directory.actor(SECOND_ADVISOR).isEmpty()) {
                directory.createUser(SECOND_ADVISOR, "赵律师", "reportflow", null, Set.of(Role.LEGAL_ADVISOR));
            }
        }
        ReportSteps steps = new ReportSteps(context);
        long sectionId = steps.sectionIds(steps.drafting(false)).getFirst();
        steps.submit("author", sectionId, "正文");
        as("advisor", () -> review.take(sectionId));
        as("advisor", () -> steering.addCoReviewer(sectionId, SECOND_ADVISOR, ""));

        login(SECOND_ADVISOR);
        UI.getCurrent().navigate("sections/" + sectionId + "/review");
        ReviewView view = _get(ReviewView.class);
        assertThat(view.giveCoReview.isVisible()).isTrue();
        assertThat(view.coReviews.getElement().getTextRecursively()).contains("赵律师", "待提出意见");
        _setValue(view.coOpinion, "程序合法，同意。");
        _click(view.giveCoReview);
        _get(InboxView.class);

        UI.getCurrent().navigate("");
        login("advisor");
        UI.getCurrent().navigate("sections/" + sectionId + "/review");
        ReviewView main = _get(ReviewView.class);
        assertThat(main.coReviews.getElement().getTextRecursively()).contains("赵律师", "程序合法，同意。");
        assertThat(main.form.isAttached()).isTrue();
    }
}
