package com.reportflow.inbox;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.RefusalTest;
import com.reportflow.workflow.Step;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Each demo user's inbox lists only the tasks that person may do. */
class InboxAuthorizationTest extends RefusalTest {

    long signingReport;

    @BeforeAll
    void openReports() {
        openDraftingReport();
        openOfficeCheckReport();
        signingReport = steps.signing("待签发的报告");
    }

    @ParameterizedTest
    @FieldSource("EVERYONE")
    void the_inbox_lists_only_the_tasks_the_person_may_do(String user) {
        List<TaskRow> rows = as(user, () -> inbox.inbox(0, (int) Math.max(1, inbox.inboxCount())));

        List<Step> draftingReportSteps = rows.stream()
                .filter(r -> r.reportId() == draftingReport)
                .map(TaskRow::step)
                .toList();
        List<Step> officeCheckSteps = rows.stream()
                .filter(r -> r.reportId() == officeCheckReport)
                .map(TaskRow::step)
                .toList();
        switch (user) {
            case "author", "author2" -> {
                assertThat(draftingReportSteps).hasSize(9).containsOnly(Step.DRAFT_SECTION);
                assertThat(officeCheckSteps).hasSize(10).containsOnly(Step.DRAFT_SECTION);
            }
            case "officehead" -> {
                assertThat(draftingReportSteps).isEmpty();
                assertThat(officeCheckSteps).containsExactly(Step.OFFICE_CHECK);
            }
            case "advisor" -> {
                assertThat(draftingReportSteps).containsExactly(Step.LEGALITY_REVIEW);
                assertThat(officeCheckSteps).isEmpty();
            }
            default -> {
                assertThat(draftingReportSteps).isEmpty();
                assertThat(officeCheckSteps).isEmpty();
            }
        }
        assertThat(rows)
                .filteredOn(r -> r.reportId() == signingReport)
                .extracting(TaskRow::step)
                .isEqualTo(user.equals("director") ? List.of(Step.SIGN_OFF) : List.of());
    }
}
