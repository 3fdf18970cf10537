package com.reportflow.deliberation;

import com.reportflow.RefusalTest;
import com.reportflow.workflow.DeliberationOutcome;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A bad meeting name, bad notes, or an incomplete or contradictory deliberation record: refused, nothing changed. */
class DeliberationBadInputTest extends RefusalTest {

    long deliberatingReport;

    @BeforeAll
    void openReports() {
        deliberatingReport = steps.deliberating("待审议的报告");
    }

    static Stream<Arguments> deliberationNotes() {
        return badOptionalText(5_000);
    }

    static Stream<Arguments> meetingNames() {
        return badLine(100);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("meetingNames")
    void a_bad_meeting_name_is_refused(String meeting, String key) {
        refusedInput(
                deliberatingReport,
                key,
                "secretary",
                () -> deliberation.record(
                        deliberatingReport, meeting, LocalDate.now(), DeliberationOutcome.PASSED, Set.of(), ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deliberationNotes")
    void bad_deliberation_notes_are_refused(String notes, String key) {
        long sectionId = steps.sectionIds(deliberatingReport).getFirst();
        refusedInput(
                deliberatingReport,
                key,
                "secretary",
                () -> deliberation.record(
                        deliberatingReport,
                        "2026年第1次党组会议",
                        LocalDate.now(),
                        DeliberationOutcome.RETURNED,
                        Set.of(sectionId),
                        notes));
    }

    @Test
    void an_incomplete_or_contradictory_deliberation_record_is_refused() {
        long sectionId = steps.sectionIds(deliberatingReport).getFirst();
        String meeting = "2026年第1次党组会议";
        LocalDate today = LocalDate.now();
        refusedInput(
                deliberatingReport,
                REQUIRED,
                "secretary",
                () -> deliberation.record(deliberatingReport, meeting, null, DeliberationOutcome.PASSED, Set.of(), ""));
        refusedInput(
                deliberatingReport,
                "error.deliberation.future-date",
                "secretary",
                () -> deliberation.record(
                        deliberatingReport, meeting, today.plusDays(1), DeliberationOutcome.PASSED, Set.of(), ""));
        refusedInput(
                deliberatingReport,
                REQUIRED,
                "secretary",
                () -> deliberation.record(deliberatingReport, meeting, today, null, Set.of(), ""));
        refusedInput(
                deliberatingReport,
                "error.deliberation.sections-required",
                "secretary",
                () -> deliberation.record(
                        deliberatingReport, meeting, today, DeliberationOutcome.RETURNED, Set.of(), "请充实"));
        refusedInput(
                deliberatingReport,
                "error.deliberation.sections-required",
                "secretary",
                () -> deliberation.record(
                        deliberatingReport, meeting, today, DeliberationOutcome.RETURNED, null, "请充实"));
        refusedInput(
                deliberatingReport,
                "error.deliberation.sections-not-expected",
                "secretary",
                () -> deliberation.record(
                        deliberatingReport, meeting, today, DeliberationOutcome.PASSED, Set.of(sectionId), ""));
        refusedInput(
                deliberatingReport,
                "error.deliberation.reason-required",
                "secretary",
                () -> deliberation.record(
                        deliberatingReport, meeting, today, DeliberationOutcome.RETURNED, Set.of(sectionId), " \n "));
        refusedInput(
                deliberatingReport,
                "error.deliberation.reason-required",
                "secretary",
                () -> deliberation.record(
                        deliberatingReport, meeting, today, DeliberationOutcome.RETURNED, Set.of(sectionId), null));
    }
}
