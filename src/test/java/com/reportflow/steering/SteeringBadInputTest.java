package com.reportflow.steering;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.report.HistoryEntry;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportStage;
import com.reportflow.review.CoReviews;
import com.reportflow.shared.UserFacingException;
import com.reportflow.workflow.Step;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Reasons and opinions as people type them: refused with the message that says why, changing nothing; markup and
 * entity text are kept exactly as typed.
 */
@SpringBootTest
@ActiveProfiles("test")
class SteeringBadInputTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ENTITY = "<!DOCTYPE x [<!ENTITY e \"boom\">]>&e;";
    static final String OVERSIZED = "理".repeat(SteeringRules.MAX_REASON_LENGTH + 1);
    static final String CONTROL = "理由\u0007";

    @Autowired
    ApplicationContext context;

    @Autowired
    SteeringService steering;

    @Autowired
    SteeringPages pages;

    @Autowired
    ReportActions reportActions;

    @Autowired
    CoReviews coReviews;

    @Autowired
    ReportQueries queries;

    SteeringFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new SteeringFixture(context);
    }

    @Test
    void an_oversized_reason_or_control_characters_are_refused_for_every_operation_and_change_nothing() {
        long sectionId = fixture.heldDraft();
        long reportId = as("coordinator", () -> queries.section(sectionId)).reportId();
        int historyBefore = history(sectionId).size();

        for (String bad : List.of(OVERSIZED, CONTROL, "\u2028", "a\uD800b")) {
            String key = bad.equals(OVERSIZED) ? "error.too-long" : "error.control-characters";
            assertRefused(key, () -> steering.transfer(Step.DRAFT_SECTION, sectionId, "author2", bad));
            assertRefused(key, () -> steering.delegate(Step.DRAFT_SECTION, sectionId, "author2", bad));
            assertRefused(key, () -> steering.transferToOffice(sectionId, officeId("RSK"), bad));
            assertRefused(key, () -> steering.urge(Step.DRAFT_SECTION, sectionId, bad));
            assertRefused(key, () -> reportActions.copy(reportId, "inspector", bad));
            assertRefused(key, () -> as("admin", () -> reportActions.cancel(reportId, bad)));
        }

        assertThat(history(sectionId)).hasSize(historyBefore);
        assertThat(as("coordinator", () -> pages.section(sectionId))
                        .task()
                        .orElseThrow()
                        .holder())
                .isEqualTo("author");
        assertThat(fixture.steps.stage(reportId)).isEqualTo(ReportStage.DRAFTING);
    }

    @Test
    void a_cancellation_needs_a_reason() {
        long reportId = fixture.steps.drafting(false);

        for (String blank : new String[] {null, "", "   \n\t "}) {
            assertRefused("error.required", () -> as("admin", () -> reportActions.cancel(reportId, blank)));
        }

        assertThat(fixture.steps.stage(reportId)).isEqualTo(ReportStage.DRAFTING);
    }

    @Test
    void a_reopening_needs_a_reason_within_the_limit() {
        long sectionId = fixture.steps.sectionIds(fixture.steps.drafting(false)).getFirst();
        fixture.steps.submit("author", sectionId, "正文");
        as("advisor", () -> fixture.review.approve(sectionId));

        for (String bad : new String[] {null, "", " ", OVERSIZED, CONTROL}) {
            assertThatThrownBy(() -> as("coordinator", () -> reportActions.reopen(sectionId, bad)))
                    .isInstanceOf(UserFacingException.class);
        }

        assertThat(as("coordinator", () -> queries.section(sectionId)).status())
                .isEqualTo(com.reportflow.report.SectionStatus.APPROVED);
    }

    @Test
    void a_co_review_opinion_is_required_and_limited() {
        fixture.ensureSecondAdvisor();
        long sectionId = fixture.heldReview();
        as("advisor", () -> steering.addCoReviewer(sectionId, SteeringFixture.SECOND_ADVISOR, ""));

        for (String bad : List.of("", " ", "理".repeat(SteeringService.MAX_OPINION_LENGTH + 1), CONTROL)) {
            assertThatThrownBy(() -> as(SteeringFixture.SECOND_ADVISOR, () -> coReviews.giveCoReview(sectionId, bad)))
                    .isInstanceOf(UserFacingException.class);
        }

        assertThat(as("advisor", () -> coReviews.coReviewsOf(sectionId)))
                .singleElement()
                .satisfies(c -> assertThat(c.open()).isTrue());
    }

    @Test
    void markup_and_entity_text_in_a_reason_are_kept_as_typed() {
        long sectionId = fixture.heldDraft();

        as("coordinator", () -> steering.transfer(Step.DRAFT_SECTION, sectionId, "author2", SCRIPT + ENTITY));

        assertThat(history(sectionId).getLast().getComment()).isEqualTo("孙芳：" + SCRIPT + ENTITY);
    }

    private long officeId(String code) {
        return fixture.directory.officeByCode(code).orElseThrow().getId();
    }

    private List<HistoryEntry> history(long sectionId) {
        return as("coordinator", () -> queries.section(sectionId)).history();
    }

    private static void assertRefused(String key, Runnable action) {
        assertThatThrownBy(() -> as("coordinator", action))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", key);
    }
}
