package com.reportflow.compilation;

import com.reportflow.RefusalTest;
import com.reportflow.shared.AccessDeniedException;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Only the coordinator compiles the report. */
class CompilationAuthorizationTest extends RefusalTest {

    long compilingReport;

    @BeforeAll
    void openReports() {
        compilingReport = steps.compiling();
    }

    @ParameterizedTest
    @FieldSource("NOT_COORDINATOR")
    void only_the_coordinator_compiles_the_report(String user) {
        refused(
                user,
                compilingReport,
                AccessDeniedException.class,
                () -> compilation.sendToDeliberation(compilingReport, "越权汇编", "某某市教育局", LocalDate.now()));
    }
}
