package com.reportflow.steering;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.directory.Directory;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.HistoryEntry;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportStage;
import com.reportflow.review.CoReviews;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.shared.UserFacingException;
import com.reportflow.workflow.Step;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** Each steering operation by each demo role, and with forged ids: refused on the server, nothing changed. */
@SpringBootTest
@ActiveProfiles("test")
class SteeringAuthorizationTest {

    static final List<String> EVERYONE = List.of(
            "coordinator",
            "author",
            "author2",
            "officehead",
            "hr",
            "inspector",
            "policy",
            "advisor",
            "secretary",
            "director",
            "admin");

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

    @Autowired
    Directory directory;

    SteeringFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new SteeringFixture(context);
    }

    @Test
    void only_the_coordinator_the_admin_and_the_holder_may_transfer_or_delegate_a_task() {
        long sectionId = fixture.heldDraft();

        for (String user : allBut("coordinator", "admin", "author")) {
            assertDenied(user, () -> steering.transfer(Step.DRAFT_SECTION, sectionId, "author2", ""));
            assertDenied(user, () -> steering.delegate(Step.DRAFT_SECTION, sectionId, "author2", ""));
            assertDenied(user, () -> pages.eligible(Step.DRAFT_SECTION, sectionId));
        }

        assertHeldBy(sectionId, "author");
        assertThat(actions(sectionId)).doesNotContain(HistoryAction.TASK_TRANSFERRED, HistoryAction.TASK_DELEGATED);
        as("admin", () -> steering.transfer(Step.DRAFT_SECTION, sectionId, "author2", ""));
        assertHeldBy(sectionId, "author2");
        assertDenied("author", () -> steering.transfer(Step.DRAFT_SECTION, sectionId, "author", ""));
    }

    @Test
    void only_the_coordinator_and_the_admin_may_move_a_section_to_another_office() {
        long sectionId = fixture.heldDraft();
        long personnel = directory.officeByCode("RSK").orElseThrow().getId();

        for (String user : allBut("coordinator", "admin")) {
            assertDenied(user, () -> steering.transferToOffice(sectionId, personnel, ""));
        }

        assertThat(as("coordinator", () -> queries.section(sectionId)).officeName())
                .isEqualTo("基础教育科");
        assertHeldBy(sectionId, "author");
    }

    @Test
    void only_the_delegate_the_coordinator_and_the_admin_may_hand_a_delegated_task_back() {
        long sectionId = fixture.heldDraft();
        as("author", () -> steering.delegate(Step.DRAFT_SECTION, sectionId, "author2", ""));

        for (String user : allBut("coordinator", "admin", "author2")) {
            assertDenied(user, () -> steering.handBack(Step.DRAFT_SECTION, sectionId, ""));
        }

        assertHeldBy(sectionId, "author2");
        as("coordinator", () -> steering.handBack(Step.DRAFT_SECTION, sectionId, "收回"));
        assertHeldBy(sectionId, "author");
    }

    @Test
    void only_the_review_holder_the_coordinator_and_the_admin_ask_a_co_reviewer_and_only_they_answer() {
        fixture.ensureSecondAdvisor();
        long sectionId = fixture.heldReview();

        for (String user : allBut("coordinator", "admin", "advisor")) {
            assertDenied(user, () -> steering.addCoReviewer(sectionId, SteeringFixture.SECOND_ADVISOR, ""));
        }
        assertThat(as("advisor", () -> coReviews.coReviewsOf(sectionId))).isEmpty();

        as("coordinator", () -> steering.addCoReviewer(sectionId, SteeringFixture.SECOND_ADVISOR, ""));
        for (String user : EVERYONE) {
            assertDenied(user, () -> coReviews.giveCoReview(sectionId, "意见"));
        }
        assertThat(as("advisor", () -> coReviews.coReviewsOf(sectionId)))
                .singleElement()
                .satisfies(c -> assertThat(c.open()).isTrue());
    }

    @Test
    void only_the_coordinator_and_the_admin_urge_copy_and_open_the_steering_pages() {
        long sectionId = fixture.heldDraft();
        long reportId = as("coordinator", () -> queries.section(sectionId)).reportId();

        for (String user : allBut("coordinator", "admin")) {
            assertDenied(user, () -> steering.urge(Step.DRAFT_SECTION, sectionId, ""));
            assertDenied(user, () -> reportActions.copy(reportId, "inspector", ""));
            assertDenied(user, () -> pages.copyRecipients());
        }
        // The office's authors may take its unclaimed drafts, so they see those tasks (and nothing else) there.
        for (String user : allBut("coordinator", "admin", "author", "author2")) {
            assertDenied(user, () -> pages.report(reportId));
        }
        for (String user : allBut("coordinator", "admin", "author")) {
            assertDenied(user, () -> pages.section(sectionId));
        }

        assertThat(as("author", () -> pages.section(sectionId)).task()).isPresent();
        assertThat(actions(sectionId)).doesNotContain(HistoryAction.TASK_URGED);
        assertThat(reportActions(reportId)).doesNotContain(HistoryAction.REPORT_COPIED);
        assertDenied("inspector", () -> pages.progress(reportId));
    }

    @Test
    void only_the_coordinator_and_the_admin_reopen_an_approved_section() {
        long sectionId = fixture.steps.sectionIds(fixture.steps.drafting(false)).getFirst();
        fixture.steps.submit("author", sectionId, "正文");
        as("advisor", () -> fixture.review.approve(sectionId));

        for (String user : allBut("coordinator", "admin")) {
            assertDenied(user, () -> reportActions.reopen(sectionId, "重新审查"));
        }

        assertThat(as("coordinator", () -> queries.section(sectionId)).status())
                .isEqualTo(com.reportflow.report.SectionStatus.APPROVED);
        assertThat(actions(sectionId)).doesNotContain(HistoryAction.SECTION_REOPENED);
    }

    @Test
    void only_the_admin_cancels_a_report() {
        long reportId = fixture.steps.drafting(false);

        for (String user : allBut("admin")) {
            assertDenied(user, () -> reportActions.cancel(reportId, "撤销"));
        }

        assertThat(fixture.steps.stage(reportId)).isEqualTo(ReportStage.DRAFTING);
        assertThat(as("coordinator", () -> pages.report(reportId)).tasks()).isNotEmpty();
    }

    @Test
    void forged_ids_are_refused_and_change_nothing() {
        long sectionId = fixture.heldDraft();
        long reportId = as("coordinator", () -> queries.section(sectionId)).reportId();
        long headingId = fixture.steps.headingIds(reportId).getFirst();

        assertRefused("error.task-gone", () -> steering.transfer(Step.DRAFT_SECTION, Long.MAX_VALUE, "author2", ""));
        assertRefused("error.task-gone", () -> steering.transfer(Step.LEGALITY_REVIEW, sectionId, "advisor", ""));
        assertRefused("error.task-gone", () -> steering.urge(Step.COMPILE_REPORT, Long.MAX_VALUE, ""));
        assertRefused("error.task-gone", () -> steering.transfer(null, sectionId, "author2", ""));
        assertRefused(
                "steering.error.not-eligible", () -> steering.transfer(Step.DRAFT_SECTION, sectionId, "ghost", ""));
        assertRefused("steering.error.not-eligible", () -> steering.delegate(Step.DRAFT_SECTION, sectionId, "hr", ""));
        assertRefused(
                "steering.error.same-person", () -> steering.delegate(Step.DRAFT_SECTION, sectionId, "author", ""));
        assertRefused("steering.error.not-delegated", () -> steering.handBack(Step.DRAFT_SECTION, sectionId, ""));
        assertRefused("steering.error.no-office", () -> steering.transferToOffice(sectionId, Long.MAX_VALUE, ""));
        assertRefused("steering.error.not-in-review", () -> steering.addCoReviewer(sectionId, "advisor", ""));
        assertRefused("steering.error.no-person", () -> reportActions.copy(reportId, "ghost", ""));
        assertRefused("steering.error.no-person", () -> reportActions.copy(reportId, "coordinator", ""));
        assertThatThrownBy(() -> as("coordinator", () -> steering.transferToOffice(headingId, 1L, "")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("admin", () -> reportActions.cancel(Long.MAX_VALUE, "撤销")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("coordinator", () -> pages.section(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("coordinator", () -> reportActions.reopen(headingId, "重新审查")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("coordinator", () -> pages.progress(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);

        assertHeldBy(sectionId, "author");
        assertThat(actions(sectionId))
                .doesNotContain(
                        HistoryAction.TASK_TRANSFERRED,
                        HistoryAction.TASK_DELEGATED,
                        HistoryAction.TASK_URGED,
                        HistoryAction.SECTION_TRANSFERRED);
        assertThat(reportActions(reportId)).doesNotContain(HistoryAction.REPORT_COPIED);
    }

    private static List<String> allBut(String... allowed) {
        Set<String> permitted = Set.of(allowed);
        return EVERYONE.stream().filter(u -> !permitted.contains(u)).toList();
    }

    private static void assertDenied(String user, Runnable action) {
        assertThatThrownBy(() -> as(user, action)).as(user).isInstanceOf(AccessDeniedException.class);
    }

    private static void assertRefused(String key, Runnable action) {
        assertThatThrownBy(() -> as("coordinator", action))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", key);
    }

    private void assertHeldBy(long sectionId, String holder) {
        assertThat(as("coordinator", () -> pages.section(sectionId))
                        .task()
                        .orElseThrow()
                        .holder())
                .isEqualTo(holder);
    }

    private List<HistoryAction> actions(long sectionId) {
        return as("coordinator", () -> queries.section(sectionId)).history().stream()
                .map(HistoryEntry::getAction)
                .toList();
    }

    private List<HistoryAction> reportActions(long reportId) {
        return Stream.of(as("coordinator", () -> queries.reportHistory(reportId)))
                .flatMap(List::stream)
                .map(HistoryEntry::getAction)
                .toList();
    }
}
