package com.reportflow.compilation;

import com.reportflow.RefusalTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A bad title, issuer or closing date at compilation: refused, nothing changed. */
class CompilationBadInputTest extends RefusalTest {

    long compilingReport;

    @BeforeAll
    void openReports() {
        compilingReport = steps.compiling();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("titles")
    void a_bad_report_title_is_refused_at_compilation(String title, String key) {
        refusedInput(
                compilingReport,
                key,
                "coordinator",
                () -> compilation.sendToDeliberation(compilingReport, title, "某某市教育局", LocalDate.now()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("titles")
    void a_bad_issuer_is_refused_at_compilation(String issuer, String key) {
        refusedInput(
                compilingReport,
                key,
                "coordinator",
                () -> compilation.sendToDeliberation(compilingReport, "2025年度法治政府建设情况报告", issuer, LocalDate.now()));
    }

    @Test
    void a_missing_past_or_far_closing_date_is_refused_at_compilation() {
        refusedInput(
                compilingReport,
                REQUIRED,
                "coordinator",
                () -> compilation.sendToDeliberation(compilingReport, "标题", "某某市教育局", null));
        refusedInput(
                compilingReport,
                "error.report.closing-date",
                "coordinator",
                () -> compilation.sendToDeliberation(
                        compilingReport, "标题", "某某市教育局", LocalDate.now().plusDays(61)));
        refusedInput(
                compilingReport,
                "error.report.closing-date",
                "coordinator",
                () -> compilation.sendToDeliberation(
                        compilingReport, "标题", "某某市教育局", LocalDate.now().minusDays(1)));
    }
}
