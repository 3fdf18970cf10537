package com.reportflow.publication;

import com.reportflow.RefusalTest;
import com.reportflow.ReportSteps;
import com.reportflow.shared.AccessDeniedException;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Only the coordinator publishes the report and records its submission upward. */
class PublicationAuthorizationTest extends RefusalTest {

    long publishingReport;

    @BeforeAll
    void openReports() {
        publishingReport = steps.publishing("待公开的报告");
    }

    @ParameterizedTest
    @FieldSource("NOT_COORDINATOR")
    void only_the_coordinator_publishes_and_records_the_submission_upward(String user) {
        refused(
                user,
                publishingReport,
                AccessDeniedException.class,
                () -> publication.publish(publishingReport, true, ReportSteps.metadata()));
        refused(
                user,
                publishingReport,
                AccessDeniedException.class,
                () -> publication.recordSubmission(
                        publishingReport, "市教育局", LocalDate.now(), SuperiorSubmission.Channel.PAPER));
    }
}
