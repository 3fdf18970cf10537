package com.reportflow.steering;

import static com.reportflow.TestUsers.as;

import com.reportflow.ReportSteps;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Role;
import com.reportflow.drafting.DraftingService;
import com.reportflow.review.ReviewService;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/** Sections at the steps the steering tests act on, and a second legal advisor to co-review. */
final class SteeringFixture {

    static final String SECOND_ADVISOR = "advisor2";

    final ReportSteps steps;
    final DraftingService drafting;
    final ReviewService review;
    final Directory directory;

    SteeringFixture(ApplicationContext context) {
        this.steps = new ReportSteps(context);
        this.drafting = context.getBean(DraftingService.class);
        this.review = context.getBean(ReviewService.class);
        this.directory = context.getBean(Directory.class);
    }

    /** A new report's first section, taken by {@code author}. */
    long heldDraft() {
        long sectionId = steps.sectionIds(steps.drafting(false)).getFirst();
        as("author", () -> drafting.take(sectionId));
        return sectionId;
    }

    /** A new report's first section, submitted and taken up by {@code advisor}. */
    long heldReview() {
        long sectionId = steps.sectionIds(steps.drafting(false)).getFirst();
        steps.submit("author", sectionId, "正文：依法行政工作情况");
        as("advisor", () -> review.take(sectionId));
        return sectionId;
    }

    /** The demo bureau has one legal advisor; co-review needs a second (shared by the tests, created once). */
    synchronized void ensureSecondAdvisor() {
        if (directory.actor(SECOND_ADVISOR).isEmpty()) {
            directory.createUser(SECOND_ADVISOR, "赵律师", "reportflow", null, Set.of(Role.LEGAL_ADVISOR));
        }
    }
}
