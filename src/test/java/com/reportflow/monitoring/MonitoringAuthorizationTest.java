package com.reportflow.monitoring;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.ReportSteps;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.NotFoundException;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** Who may read the monitoring section, what a forged id gets, and what bad filter text gets. */
@SpringBootTest
@ActiveProfiles("test")
class MonitoringAuthorizationTest {

    static final List<String> MONITORS = List.of("coordinator", "admin");
    static final List<String> OTHERS =
            List.of("author", "author2", "officehead", "hr", "inspector", "policy", "advisor", "secretary", "director");

    @Autowired
    ApplicationContext context;

    @Autowired
    MonitoringDashboard dashboard;

    @Autowired
    MonitoringFigures figures;

    @Autowired
    MonitoringDiagrams diagrams;

    long reportId;
    long sectionId;
    int year;

    @BeforeEach
    void aReportInDrafting() {
        ReportSteps steps = new ReportSteps(context);
        reportId = steps.drafting(false);
        sectionId = steps.sectionIds(reportId).getFirst();
        steps.submit("author", sectionId, "初稿");
        // TestReports opens the reports on last year.
        year = java.time.LocalDate.now().getYear() - 1;
    }

    @ParameterizedTest
    @FieldSource("MONITORS")
    void the_coordinator_and_the_admin_read_every_part_of_monitoring(String user) {
        assertThat(as(user, () -> dashboard.years())).contains(year);
        assertThat(as(user, () -> dashboard.offices())).isNotEmpty();
        assertThat(as(
                        user,
                        () -> dashboard.dashboard(year, DashboardFilter.NONE).sections()))
                .anyMatch(s -> s.sectionId() == sectionId);
        assertThat(as(user, () -> figures.figures(year))).isNotNull();
        assertThat(as(user, () -> diagrams.reportDiagram(reportId)).png()).isNotEmpty();
        assertThat(as(user, () -> diagrams.sectionDiagram(sectionId)).marks().active())
                .containsExactly("legalityReview");
        assertThat(as(user, () -> diagrams.definitionDiagram("reportSection", year))
                        .counts())
                .containsKey("legalityReview");
    }

    @ParameterizedTest
    @FieldSource("OTHERS")
    void every_other_role_is_refused_every_part_of_monitoring(String user) {
        List<Supplier<?>> calls = List.of(
                () -> dashboard.years(),
                () -> dashboard.offices(),
                () -> dashboard.dashboard(year, DashboardFilter.NONE),
                () -> figures.figures(year),
                () -> diagrams.reportDiagram(reportId),
                () -> diagrams.sectionDiagram(sectionId),
                () -> diagrams.definitionDiagram("annualReport", year));
        for (Supplier<?> call : calls) {
            assertThatThrownBy(() -> as(user, call)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void forged_ids_and_process_keys_are_not_found() {
        assertThatThrownBy(() -> as("admin", () -> diagrams.reportDiagram(-reportId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("admin", () -> diagrams.sectionDiagram(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("coordinator", () -> diagrams.definitionDiagram("<script>", year)))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(
                        "admin",
                        () -> dashboard.dashboard(1900, DashboardFilter.NONE).sections()))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"王\u0000律师", "a\u0007", "line\nbreak", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void a_holder_filter_with_control_characters_or_oversized_is_refused_with_a_message(String text) {
        assertThatThrownBy(() -> as("admin", () -> dashboard.dashboard(year, new DashboardFilter(null, null, text))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey())
                        .isIn("error.too-long", "error.control-characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<!ENTITY e \"x\">&e;"})
    void markup_in_the_holder_filter_is_plain_text_that_matches_no_one(String text) {
        assertThat(as("admin", () -> dashboard
                        .dashboard(year, new DashboardFilter(null, null, text))
                        .sections()))
                .isEmpty();
    }
}
