package com.reportflow.deliberation;

import com.reportflow.RefusalTest;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.workflow.DeliberationOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Only the secretary records a deliberation, and only on sections of the report deliberated. */
class DeliberationAuthorizationTest extends RefusalTest {

    static final List<String> NOT_THE_SECRETARY = allBut("secretary");

    long compilingReport;
    long deliberatingReport;

    @BeforeAll
    void openReports() {
        compilingReport = steps.compiling();
        deliberatingReport = steps.deliberating("待审议的报告");
    }

    @ParameterizedTest
    @FieldSource("NOT_THE_SECRETARY")
    void only_the_secretary_records_a_deliberation(String user) {
        long sectionId = steps.sectionIds(deliberatingReport).getFirst();
        refused(
                user,
                deliberatingReport,
                AccessDeniedException.class,
                () -> deliberation.record(
                        deliberatingReport, "2026年第1次党组会议", LocalDate.now(), DeliberationOutcome.PASSED, Set.of(), ""));
        refused(
                user,
                deliberatingReport,
                AccessDeniedException.class,
                () -> deliberation.record(
                        deliberatingReport,
                        "2026年第1次党组会议",
                        LocalDate.now(),
                        DeliberationOutcome.RETURNED,
                        Set.of(sectionId),
                        "请充实"));
    }

    @Test
    void a_deliberation_cannot_send_back_a_section_of_another_report() {
        long foreignSection = steps.sectionIds(compilingReport).getFirst();
        refusedWith(
                "secretary",
                deliberatingReport,
                "error.deliberation.unknown-section",
                () -> deliberation.record(
                        deliberatingReport,
                        "2026年第1次党组会议",
                        LocalDate.now(),
                        DeliberationOutcome.RETURNED,
                        Set.of(foreignSection),
                        "请充实"));
        refusedWith(
                "secretary",
                deliberatingReport,
                "error.deliberation.unknown-section",
                () -> deliberation.record(
                        deliberatingReport,
                        "2026年第1次党组会议",
                        LocalDate.now(),
                        DeliberationOutcome.RETURNED,
                        Set.of(FORGED_ID),
                        "请充实"));
        long headingOfTheReport = steps.headingIds(deliberatingReport).getFirst();
        refusedWith(
                "secretary",
                deliberatingReport,
                "error.deliberation.unknown-section",
                () -> deliberation.record(
                        deliberatingReport,
                        "2026年第1次党组会议",
                        LocalDate.now(),
                        DeliberationOutcome.RETURNED,
                        Set.of(headingOfTheReport),
                        "请充实"));
    }
}
