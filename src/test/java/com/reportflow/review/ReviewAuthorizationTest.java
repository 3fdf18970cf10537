package com.reportflow.review;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.RefusalTest;
import com.reportflow.report.LegalOpinion;
import com.reportflow.report.OpinionAspect;
import com.reportflow.report.SectionStatus;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.workflow.Decision;
import com.reportflow.workflow.Step;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Only the legal advisor takes, approves or returns a section under legality review. */
class ReviewAuthorizationTest extends RefusalTest {

    static final List<String> NOT_THE_ADVISOR = allBut("advisor");

    @BeforeAll
    void openReports() {
        openDraftingReport();
    }

    @ParameterizedTest
    @FieldSource("NOT_THE_ADVISOR")
    void only_the_legal_advisor_takes_approves_or_returns_a_section(String user) {
        refused(user, draftingReport, AccessDeniedException.class, () -> review.take(sectionUnderReview));
        refused(user, draftingReport, AccessDeniedException.class, () -> review.approve(sectionUnderReview));
        refused(
                user,
                draftingReport,
                AccessDeniedException.class,
                () -> review.returnWithOpinion(sectionUnderReview, "缺少法律依据"));
        refused(
                user,
                draftingReport,
                AccessDeniedException.class,
                () -> review.decide(
                        sectionUnderReview,
                        1,
                        new LegalOpinion(Decision.RETURN, Map.of(OpinionAspect.AUTHORITY, "越权意见"), "", 1)));
    }

    @Test
    void the_legal_advisor_takes_and_approves_one_section_and_returns_another() {
        long reportId = steps.drafting(false);
        long first = steps.sectionIds(reportId).get(0);
        long second = steps.sectionIds(reportId).get(1);
        steps.submit("author", first, "初稿一");
        steps.submit("author", second, "初稿二");

        as("advisor", () -> review.take(first));
        assertThat(openTask(reportId, first).assignee()).isEqualTo("advisor");
        as("advisor", () -> review.approve(first));
        as("advisor", () -> review.returnWithOpinion(second, "第三段缺少法律依据。"));

        assertThat(status(first)).isEqualTo(SectionStatus.APPROVED);
        assertThat(status(second)).isEqualTo(SectionStatus.RETURNED);
        assertThat(openTask(reportId, second).step()).isEqualTo(Step.DRAFT_SECTION);
    }
}
