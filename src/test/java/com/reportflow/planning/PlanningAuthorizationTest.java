package com.reportflow.planning;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.RefusalTest;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.HistoryEntry;
import com.reportflow.report.ReportStage;
import com.reportflow.shared.AccessDeniedException;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Who may create and start a report and change its outline: everyone else is refused, and nothing changes. */
class PlanningAuthorizationTest extends RefusalTest {

    long compilingReport;

    @BeforeAll
    void openReports() {
        openDraftingReport();
        compilingReport = steps.compiling();
    }

    @ParameterizedTest
    @FieldSource("NOT_COORDINATOR")
    void only_the_coordinator_creates_and_starts_a_report(String user) {
        NewReport command = newReport();
        notCreated(user, AccessDeniedException.class, () -> planning.createAndStart(command));
    }

    @ParameterizedTest
    @FieldSource("NOT_COORDINATOR")
    void only_the_coordinator_changes_the_outline_of_a_running_report(String user) {
        long office = directory.officeByCode("RSK").orElseThrow().getId();
        LocalDate due = LocalDate.now().plusDays(5);
        refused(
                user,
                draftingReport,
                AccessDeniedException.class,
                () -> outline.addSection(draftingReport, heading, "越权增加的章节", office, due));
        refused(
                user,
                draftingReport,
                AccessDeniedException.class,
                () -> outline.addHeading(draftingReport, null, "越权"));
        refused(
                user,
                draftingReport,
                AccessDeniedException.class,
                () -> outline.rename(draftSection, "依法全面履行政府职能", "越权改名"));
        refused(user, draftingReport, AccessDeniedException.class, () -> outline.move(draftSection, 1));
        refused(user, draftingReport, AccessDeniedException.class, () -> outline.moveUnder(draftSection, null));
        refused(user, draftingReport, AccessDeniedException.class, () -> outline.remove(draftSection));
        assertThat(as(user, () -> outline.mayEdit(draftingReport))).isFalse();
    }

    @Test
    void the_outline_of_a_report_past_drafting_does_not_change_even_for_the_coordinator() {
        long section = steps.sectionIds(compilingReport).getFirst();
        refusedWith(
                "coordinator",
                compilingReport,
                "error.outline.closed",
                () -> outline.rename(section, "依法全面履行政府职能", "汇编后改名"));
        refusedWith("coordinator", compilingReport, "error.outline.closed", () -> outline.remove(section));
        refusedWith(
                "coordinator",
                compilingReport,
                "error.outline.closed",
                () -> outline.addHeading(compilingReport, null, "汇编后增加"));
    }

    @Test
    void the_coordinator_creates_a_report_and_switches_its_office_head_check() {
        long reportId = as("coordinator", () -> planning.createAndStart(newReport()));
        assertThat(stage(reportId)).isEqualTo(ReportStage.DRAFTING);
        assertThat(steps.sectionIds(reportId)).hasSize(11);

        as("coordinator", () -> officeHeadCheck.setOfficeHeadCheck(reportId, true));

        assertThat(reports.findById(reportId).orElseThrow().isOfficeHeadCheck()).isTrue();
        assertThat(as("coordinator", () -> queries.reportHistory(reportId)))
                .extracting(HistoryEntry::getAction)
                .containsExactly(HistoryAction.REPORT_CREATED, HistoryAction.OFFICE_CHECK_SWITCHED);
    }
}
