package com.reportflow.signoff;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.RefusalTest;
import com.reportflow.shared.AccessDeniedException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Only the director signs the report off. */
class SignOffAuthorizationTest extends RefusalTest {

    static final List<String> NOT_THE_DIRECTOR = allBut("director");

    long signingReport;

    @BeforeAll
    void openReports() {
        signingReport = steps.signing("待签发的报告");
    }

    @ParameterizedTest
    @FieldSource("NOT_THE_DIRECTOR")
    void only_the_director_signs_the_report_off(String user) {
        refused(user, signingReport, AccessDeniedException.class, () -> signOff.signOff(signingReport));
        assertThat(as(user, () -> signOff.maySign(signingReport))).isFalse();
    }
}
