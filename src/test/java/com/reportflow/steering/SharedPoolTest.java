package com.reportflow.steering;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.report.HistoryAction;
import com.reportflow.report.HistoryEntry;
import com.reportflow.report.ReportQueries;
import com.reportflow.shared.AccessDeniedException;
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
 * Every step offered to a candidate group is a shared pool: a member takes it (认领), gives it back (退回任务池), and,
 * while holding it, delegates it or asks a co-reviewer without waiting for the coordinator.
 */
@SpringBootTest
@ActiveProfiles("test")
class SharedPoolTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SteeringService steering;

    @Autowired
    SteeringPages pages;

    @Autowired
    ReportQueries queries;

    SteeringFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new SteeringFixture(context);
    }

    @Test
    void an_advisor_opens_an_unclaimed_review_on_its_steering_page_and_may_claim_it() {
        long sectionId = submittedSection();

        OpenTask task = as("advisor", () -> pages.section(sectionId)).task().orElseThrow();

        assertThat(task.holder()).isNull();
        assertThat(task.operations()).contains(Operation.CLAIM).doesNotContain(Operation.GIVE_BACK);
    }

    @Test
    void an_advisor_claims_a_review_then_delegates_it_and_asks_a_co_reviewer_alone() {
        fixture.ensureSecondAdvisor();
        long sectionId = submittedSection();

        as("advisor", () -> steering.claim(Step.LEGALITY_REVIEW, sectionId));

        OpenTask held = as("advisor", () -> pages.section(sectionId)).task().orElseThrow();
        assertThat(held.holder()).isEqualTo("advisor");
        assertThat(held.operations())
                .contains(Operation.GIVE_BACK, Operation.DELEGATE, Operation.ADD_CO_REVIEWER)
                .doesNotContain(Operation.CLAIM);
        assertThat(lastAction(sectionId).getAction()).isEqualTo(HistoryAction.TASK_TAKEN);
        as("advisor", () -> steering.addCoReviewer(sectionId, SteeringFixture.SECOND_ADVISOR, "请一并把关"));
        assertThat(lastAction(sectionId).getAction()).isEqualTo(HistoryAction.CO_REVIEWER_ADDED);
    }

    @Test
    void the_holder_gives_a_review_back_to_the_pool_and_any_advisor_may_take_it_again() {
        long sectionId = submittedSection();
        as("advisor", () -> steering.claim(Step.LEGALITY_REVIEW, sectionId));

        as("advisor", () -> steering.giveBack(Step.LEGALITY_REVIEW, sectionId));

        OpenTask task = as("advisor", () -> pages.section(sectionId)).task().orElseThrow();
        assertThat(task.holder()).isNull();
        assertThat(task.operations()).contains(Operation.CLAIM);
        assertThat(lastAction(sectionId).getAction()).isEqualTo(HistoryAction.TASK_RELEASED);
    }

    @Test
    void someone_outside_the_tasks_candidate_group_cannot_claim_it_not_even_the_coordinator() {
        long sectionId = submittedSection();

        for (String user : List.of("author", "officehead", "secretary", "director", "coordinator", "admin")) {
            assertThatThrownBy(() -> as(user, () -> steering.claim(Step.LEGALITY_REVIEW, sectionId)))
                    .as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as("coordinator", () -> pages.section(sectionId))
                        .task()
                        .orElseThrow()
                        .holder())
                .isNull();
    }

    @Test
    void only_the_holder_gives_a_task_back_delegates_it_or_adds_a_co_reviewer() {
        fixture.ensureSecondAdvisor();
        long sectionId = submittedSection();
        as("advisor", () -> steering.claim(Step.LEGALITY_REVIEW, sectionId));

        assertThatThrownBy(() ->
                        as(SteeringFixture.SECOND_ADVISOR, () -> steering.giveBack(Step.LEGALITY_REVIEW, sectionId)))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> as("author", () -> steering.giveBack(Step.LEGALITY_REVIEW, sectionId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        SteeringFixture.SECOND_ADVISOR,
                        () -> steering.delegate(Step.LEGALITY_REVIEW, sectionId, "advisor", "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        SteeringFixture.SECOND_ADVISOR,
                        () -> steering.addCoReviewer(sectionId, SteeringFixture.SECOND_ADVISOR, "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("advisor", () -> pages.section(sectionId))
                        .task()
                        .orElseThrow()
                        .holder())
                .isEqualTo("advisor");
    }

    @Test
    void a_forged_task_id_or_a_step_the_subject_is_not_at_is_refused() {
        long sectionId = submittedSection();

        assertThatThrownBy(() -> as("advisor", () -> steering.claim(Step.LEGALITY_REVIEW, 987_654_321L)))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.task-gone");
        assertThatThrownBy(() -> as("advisor", () -> steering.claim(Step.OFFICE_CHECK, sectionId)))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.task-gone");
        assertThatThrownBy(() -> as("advisor", () -> steering.claim(null, sectionId)))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void the_secretary_takes_the_deliberation_from_the_report_steering_page_and_gives_it_back() {
        long reportId = fixture.steps.deliberating("2025年度法治政府建设情况报告");

        ReportSteering seen = as("secretary", () -> pages.report(reportId));
        assertThat(seen.tasks()).singleElement().satisfies(task -> assertThat(task.operations())
                .contains(Operation.CLAIM));
        assertThat(seen.operations()).isEmpty();
        assertThat(seen.sections()).isEmpty();

        as("secretary", () -> steering.claim(Step.DELIBERATE_REPORT, reportId));
        assertThat(as("secretary", () -> pages.report(reportId))
                        .tasks()
                        .getFirst()
                        .holder())
                .isEqualTo("secretary");
        as("secretary", () -> steering.giveBack(Step.DELIBERATE_REPORT, reportId));
        assertThat(as("secretary", () -> pages.report(reportId))
                        .tasks()
                        .getFirst()
                        .holder())
                .isNull();
    }

    @Test
    void a_person_with_no_task_of_the_report_is_refused_its_steering_page() {
        long reportId = fixture.steps.deliberating("2025年度法治政府建设情况报告");

        assertThatThrownBy(() -> as("author", () -> pages.report(reportId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("director", () -> steering.claim(Step.DELIBERATE_REPORT, reportId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long submittedSection() {
        long sectionId = fixture.steps.sectionIds(fixture.steps.drafting(false)).getFirst();
        fixture.steps.submit("author", sectionId, "正文：依法行政工作情况");
        return sectionId;
    }

    private HistoryEntry lastAction(long sectionId) {
        return as("coordinator", () -> queries.section(sectionId)).history().getLast();
    }
}
