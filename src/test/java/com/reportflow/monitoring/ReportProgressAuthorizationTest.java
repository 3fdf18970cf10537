package com.reportflow.monitoring;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.RefusalTest;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.workflow.Step;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Only the coordinator and the admin follow every report and its sections. */
class ReportProgressAuthorizationTest extends RefusalTest {

    static final List<String> MONITORS = List.of("coordinator", "admin");
    static final List<String> NOT_MONITORS = allBut("coordinator", "admin");

    long signingReport;

    @BeforeAll
    void openReports() {
        openDraftingReport();
        signingReport = steps.signing("待签发的报告");
    }

    @ParameterizedTest
    @FieldSource("MONITORS")
    void the_coordinator_and_the_admin_monitor_every_report(String user) {
        assertThat(as(user, () -> monitoring.reports()))
                .anyMatch(r -> r.summary().id() == draftingReport)
                .filteredOn(r -> r.summary().id() == signingReport)
                .singleElement()
                .satisfies(r -> assertThat(r.openStep()).isEqualTo(Step.SIGN_OFF));
        assertThat(as(user, () -> monitoring.sections(draftingReport)))
                .extracting(SectionProgress::sectionId)
                .contains(draftSection, sectionUnderReview);
    }

    @ParameterizedTest
    @FieldSource("NOT_MONITORS")
    void nobody_else_monitors_reports(String user) {
        refused(user, draftingReport, AccessDeniedException.class, () -> monitoring.reports());
        refused(user, draftingReport, AccessDeniedException.class, () -> monitoring.sections(draftingReport));
    }
}
