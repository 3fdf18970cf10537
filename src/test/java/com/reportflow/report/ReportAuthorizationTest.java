package com.reportflow.report;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.RefusalTest;
import com.reportflow.shared.AccessDeniedException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Who may switch a report's office-head check and read its sections, the whole report and its history. */
class ReportAuthorizationTest extends RefusalTest {

    static final List<String> REPORT_READERS = List.of("coordinator", "advisor", "secretary", "director", "admin");

    static final List<String> NOT_REPORT_READERS = allBut(REPORT_READERS.toArray(String[]::new));

    static final List<String> SECTION_READERS =
            List.of("coordinator", "advisor", "secretary", "director", "admin", "author", "author2", "officehead");

    static final List<String> NOT_SECTION_READERS = allBut(SECTION_READERS.toArray(String[]::new));

    @BeforeAll
    void openReports() {
        openDraftingReport();
    }

    @ParameterizedTest
    @FieldSource("NOT_COORDINATOR")
    void only_the_coordinator_switches_the_office_head_check(String user) {
        refused(
                user,
                draftingReport,
                AccessDeniedException.class,
                () -> officeHeadCheck.setOfficeHeadCheck(draftingReport, true));
    }

    @ParameterizedTest
    @FieldSource("SECTION_READERS")
    void the_report_roles_and_the_offices_people_read_a_section(String user) {
        assertThat(as(user, () -> queries.section(draftSection)).sectionId()).isEqualTo(draftSection);
    }

    @ParameterizedTest
    @FieldSource("NOT_SECTION_READERS")
    void people_of_other_offices_cannot_read_a_section(String user) {
        refused(user, draftingReport, AccessDeniedException.class, () -> queries.section(draftSection));
        refused(user, draftingReport, AccessDeniedException.class, () -> queries.section(sectionUnderReview));
    }

    @ParameterizedTest
    @FieldSource("REPORT_READERS")
    void the_report_roles_read_the_whole_report_and_its_history(String user) {
        assertThat(as(user, () -> queries.document(draftingReport)).reportId()).isEqualTo(draftingReport);
        assertThat(as(user, () -> queries.reportHistory(draftingReport))).isNotEmpty();
        assertThat(as(user, () -> queries.summary(draftingReport)).id()).isEqualTo(draftingReport);
    }

    @ParameterizedTest
    @FieldSource("NOT_REPORT_READERS")
    void authors_and_office_heads_cannot_read_the_whole_report_or_its_history(String user) {
        refused(user, draftingReport, AccessDeniedException.class, () -> queries.document(draftingReport));
        refused(user, draftingReport, AccessDeniedException.class, () -> queries.reportHistory(draftingReport));
        refused(user, draftingReport, AccessDeniedException.class, () -> queries.summary(draftingReport));
        refused(user, draftingReport, AccessDeniedException.class, () -> queries.reports(0, 10));
    }
}
