package com.reportflow.planning;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.reportflow.RefusalTest;
import com.reportflow.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad headings in the outline, and bad titles and plans of a new report: refused, nothing created or changed. */
class PlanningBadInputTest extends RefusalTest {

    @BeforeAll
    void openReports() {
        openDraftingReportWithOfficeCheck();
    }

    static Stream<Arguments> outlineHeadings() {
        return Stream.concat(
                badLine(200),
                Stream.of(
                        arguments(named("一、 typed", "一、依法行政"), "error.outline.typed-number"),
                        arguments(named("（二） typed", "（二）依法行政"), "error.outline.typed-number"),
                        arguments(named("(3) typed", "(3)依法行政"), "error.outline.typed-number"),
                        arguments(named("1. typed", "1.依法行政"), "error.outline.typed-number"),
                        arguments(named("１． typed full width", "１．依法行政"), "error.outline.typed-number")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outlineHeadings")
    void a_bad_heading_in_the_outline_is_refused(String heading, String key) {
        long sectionId = steps.sectionIds(draftingReport).getFirst();
        refusedInput(draftingReport, key, "coordinator", () -> outline.rename(sectionId, "依法全面履行政府职能", heading));
        refusedInput(draftingReport, key, "coordinator", () -> outline.addHeading(draftingReport, null, heading));
    }

    @Test
    void a_heading_that_merely_starts_with_a_year_or_a_number_word_is_not_a_typed_number() {
        long sectionId = steps.sectionIds(draftingReport).getFirst();
        String before = steps.sections(draftingReport).getFirst().heading();
        as("coordinator", () -> outline.rename(sectionId, before, "2025年依法行政工作"));
        as("coordinator", () -> outline.rename(sectionId, "2025年依法行政工作", "一是完善制度"));
        refusedInput(
                draftingReport,
                "error.outline.renamed-meanwhile",
                "coordinator",
                () -> outline.rename(sectionId, before, "迟到的改名"));
        as("coordinator", () -> outline.rename(sectionId, "一是完善制度", before));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("titles")
    void a_bad_title_is_refused_when_a_report_is_created(String title, String key) {
        NewReport command = newReport(title, assignments());
        notCreated(key, () -> planning.createAndStart(command));
    }

    Stream<Arguments> badPlans() {
        int year = LocalDate.now().getYear() - 1;
        List<NewReport.Assignment> all = assignments();
        long office = officeId();
        LocalDate due = LocalDate.now().plusDays(30);
        return Stream.of(
                badPlan("a year before 2000", "error.report.year", new NewReport(1999, "标题", false, all)),
                badPlan("a year after next", "error.report.year", new NewReport(year + 3, "标题", false, all)),
                badPlan(
                        "a leaf index out of range",
                        "error.report.assignment",
                        newReport("标题", with(all, new NewReport.Assignment(99, true, office, due)))),
                badPlan(
                        "a negative leaf index",
                        "error.report.assignment",
                        newReport("标题", with(all, new NewReport.Assignment(-1, true, office, due)))),
                badPlan(
                        "a section assigned twice",
                        "error.report.assignment",
                        newReport("标题", with(all, new NewReport.Assignment(0, true, office, due)))),
                badPlan(
                        "a statutory section left out",
                        "error.report.section-required",
                        newReport("标题", replace(all, new NewReport.Assignment(8, false, office, due)))),
                badPlan(
                        "a section without office",
                        "error.report.office-missing",
                        newReport("标题", replace(all, new NewReport.Assignment(0, true, null, due)))),
                badPlan(
                        "a forged office id",
                        "error.report.office-missing",
                        newReport("标题", replace(all, new NewReport.Assignment(0, true, 999_999_999L, due)))),
                badPlan(
                        "a due date in the past",
                        "error.report.due-invalid",
                        newReport(
                                "标题",
                                replace(
                                        all,
                                        new NewReport.Assignment(
                                                0, true, office, LocalDate.now().minusDays(1))))),
                badPlan(
                        "no due date",
                        "error.report.due-invalid",
                        newReport("标题", replace(all, new NewReport.Assignment(0, true, office, null)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPlans")
    void a_bad_plan_is_refused_when_a_report_is_created(NewReport command, String key) {
        notCreated(key, () -> planning.createAndStart(command));
    }

    @Test
    void a_title_at_the_limit_is_stored_even_with_characters_outside_the_basic_plane() {
        for (String title : List.of("字".repeat(198) + "𠮷", "😀".repeat(100))) {
            long reportId = as("coordinator", () -> planning.createAndStart(newReport(title, assignments())));
            assertThat(reports.findById(reportId).orElseThrow().getTitle()).isEqualTo(title);
        }
    }

    private void notCreated(String key, Runnable action) {
        InvalidInputException e = notCreated("coordinator", InvalidInputException.class, action);
        assertThat(e.messageKey()).isEqualTo(key);
    }

    private static Arguments badPlan(String name, String key, NewReport command) {
        return arguments(named(name, command), key);
    }

    private static List<NewReport.Assignment> with(List<NewReport.Assignment> all, NewReport.Assignment extra) {
        List<NewReport.Assignment> changed = new ArrayList<>(all);
        changed.add(extra);
        return changed;
    }

    private static List<NewReport.Assignment> replace(List<NewReport.Assignment> all, NewReport.Assignment a) {
        List<NewReport.Assignment> changed = new ArrayList<>(all);
        changed.set(a.leafIndex(), a);
        return changed;
    }
}
