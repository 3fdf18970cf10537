package com.reportflow.monitoring;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.directory.Role;
import com.reportflow.workflow.Step;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class MonitoringServiceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MonitoringService monitoring;

    @Test
    void each_section_is_placed_at_its_step_with_its_holder_and_since_when() {
        MonitoredReports fixture = new MonitoredReports(context);
        long reportId = fixture.start();
        List<Long> ids = fixture.sectionIds(reportId);
        long approved = ids.get(0);
        long returned = ids.get(1);
        long inReview = ids.get(2);
        long taken = ids.get(3);
        long drafting = ids.get(4);
        fixture.submit(approved);
        fixture.approve(approved);
        fixture.submit(returned);
        fixture.returnIt(returned);
        fixture.submit(inReview);
        fixture.submit(taken);
        fixture.takeReview(taken);

        Dashboard dashboard = as("admin", () -> monitoring.dashboard(MonitoredReports.YEAR, officeOnly(fixture)));

        assertThat(dashboard.sections()).hasSize(ids.size());
        SectionRow a = row(dashboard, approved);
        assertThat(a.step()).isNull();
        assertThat(a.cell(MatrixStep.DRAFTING).state()).isEqualTo(Cell.State.DONE);
        assertThat(a.cell(MatrixStep.LEGALITY_REVIEW).state()).isEqualTo(Cell.State.DONE);
        assertThat(a.cell(MatrixStep.OFFICE_CHECK).state()).isEqualTo(Cell.State.NOT_REACHED);
        assertThat(a.cell(MatrixStep.COMPILE).state()).isEqualTo(Cell.State.NOT_REACHED);

        SectionRow r = row(dashboard, returned);
        assertThat(r.step()).isEqualTo(Step.DRAFT_SECTION);
        assertThat(r.returns()).isEqualTo(1);
        assertThat(r.cell(MatrixStep.DRAFTING).state()).isEqualTo(Cell.State.OPEN);
        assertThat(r.cell(MatrixStep.DRAFTING).rounds()).isEqualTo(1);
        assertThat(r.cell(MatrixStep.DRAFTING).holder()).isEqualTo(fixture.office.getName());
        assertThat(r.cell(MatrixStep.LEGALITY_REVIEW).state()).isEqualTo(Cell.State.DONE);

        SectionRow v = row(dashboard, inReview);
        assertThat(v.step()).isEqualTo(Step.LEGALITY_REVIEW);
        assertThat(v.holder()).isEqualTo("LEGAL_ADVISOR");
        assertThat(v.cell(MatrixStep.LEGALITY_REVIEW).state()).isEqualTo(Cell.State.OPEN);
        assertThat(v.since())
                .isBetween(Instant.now().minusSeconds(120), Instant.now().plusSeconds(1));
        assertThat(v.cell(MatrixStep.LEGALITY_REVIEW).since()).isEqualTo(v.since());

        assertThat(row(dashboard, taken).holder()).isEqualTo("王律师");
        assertThat(row(dashboard, drafting).step()).isEqualTo(Step.DRAFT_SECTION);
        assertThat(row(dashboard, drafting).cell(MatrixStep.LEGALITY_REVIEW).state())
                .isEqualTo(Cell.State.NOT_REACHED);

        ReportRow report = dashboard.reports().stream()
                .filter(x -> x.summary().id() == reportId)
                .findFirst()
                .orElseThrow();
        assertThat(report.summary().sectionsApproved()).isEqualTo(1);
        assertThat(report.summary().sectionsTotal()).isEqualTo(ids.size());
        assertThat(report.deadlines().legal().reportYear()).isEqualTo(MonitoredReports.YEAR);
    }

    @Test
    void a_section_due_tomorrow_comes_first_as_at_risk_and_the_rest_are_on_track() {
        MonitoredReports fixture = new MonitoredReports(context);
        long later = fixture.start(LocalDate.now().plusDays(30));
        long soon = fixture.start(LocalDate.now().plusDays(1));

        Dashboard dashboard = as("coordinator", () -> monitoring.dashboard(MonitoredReports.YEAR, officeOnly(fixture)));

        List<SectionRow> rows = dashboard.sections();
        long atRisk = fixture.sectionIds(soon).size();
        assertThat(rows.subList(0, (int) atRisk)).allSatisfy(row -> {
            assertThat(row.reportId()).isEqualTo(soon);
            assertThat(row.risk().level()).isEqualTo(Risk.Level.AT_RISK);
            assertThat(row.risk().reason()).isEqualTo(Risk.Reason.TASK_DUE_SOON);
            assertThat(row.risk().days()).isEqualTo(1);
        });
        assertThat(rows.subList((int) atRisk, rows.size())).allSatisfy(row -> {
            assertThat(row.reportId()).isEqualTo(later);
            assertThat(row.risk().level()).isEqualTo(Risk.Level.ON_TRACK);
        });
    }

    @Test
    void the_matrix_narrows_to_an_office_a_step_and_a_holder() {
        MonitoredReports fixture = new MonitoredReports(context);
        long reportId = fixture.start();
        List<Long> ids = fixture.sectionIds(reportId);
        fixture.submit(ids.get(0));
        fixture.submit(ids.get(1));
        fixture.takeReview(ids.get(1));
        Long office = fixture.office.getId();

        assertThat(sections(new DashboardFilter(office, MatrixStep.LEGALITY_REVIEW, null)))
                .extracting(SectionRow::sectionId)
                .containsExactlyInAnyOrder(ids.get(0), ids.get(1));
        assertThat(sections(new DashboardFilter(office, MatrixStep.DRAFTING, null)))
                .hasSize(ids.size() - 2);
        assertThat(sections(new DashboardFilter(office, null, "王律")))
                .extracting(SectionRow::sectionId)
                .containsExactly(ids.get(1));
        assertThat(sections(new DashboardFilter(office, null, fixture.office.getName())))
                .hasSize(ids.size() - 2);
        assertThat(sections(new DashboardFilter(office, null, "法律顾问", Set.of(Role.LEGAL_ADVISOR))))
                .extracting(SectionRow::sectionId)
                .containsExactly(ids.get(0));
        assertThat(sections(new DashboardFilter(office, MatrixStep.COMPILE, null)))
                .isEmpty();
        assertThat(sections(new DashboardFilter(null, null, fixture.office.getName())))
                .allSatisfy(row -> assertThat(row.officeId()).isEqualTo(office));
    }

    @Test
    void the_figures_give_the_median_and_worst_time_per_step_the_returns_and_the_approvals_per_week() {
        MonitoredReports fixture = new MonitoredReports(context);
        Instant start = Instant.now().minus(Duration.ofDays(40));
        long[] report = new long[1];
        fixture.at(Date.from(start), () -> report[0] = fixture.start());
        List<Long> ids = fixture.sectionIds(report[0]);
        // Drafted in 1, 2 and 4 days; the third returned once after a review of 1 day and redrafted in 3 days.
        fixture.at(Date.from(start.plus(Duration.ofDays(1))), () -> fixture.submit(ids.get(0)));
        fixture.at(Date.from(start.plus(Duration.ofDays(2))), () -> fixture.submit(ids.get(1)));
        fixture.at(Date.from(start.plus(Duration.ofDays(4))), () -> fixture.submit(ids.get(2)));
        fixture.at(Date.from(start.plus(Duration.ofDays(5))), () -> fixture.returnIt(ids.get(2)));
        fixture.at(Date.from(start.plus(Duration.ofDays(8))), () -> fixture.submit(ids.get(2)));
        fixture.at(Date.from(start.plus(Duration.ofDays(9))), () -> fixture.approve(ids.get(0)));

        Figures figures = as("admin", () -> monitoring.figures(MonitoredReports.YEAR));

        Figures.StepTime drafting = stepTime(figures, MatrixStep.DRAFTING, fixture);
        assertThat(drafting.rounds()).isEqualTo(4);
        // 1, 2, 3 and 4 days: the median of an even count is the mean of the middle two.
        assertThat(drafting.median()).isEqualTo(Duration.ofHours(60));
        assertThat(drafting.worst()).isEqualTo(Duration.ofDays(4));
        Figures.StepTime review = stepTime(figures, MatrixStep.LEGALITY_REVIEW, fixture);
        // Reviews of 8 days (submitted on day 1, approved on day 9) and 1 day (day 4 to day 5).
        assertThat(review.rounds()).isEqualTo(2);
        assertThat(review.median())
                .isEqualTo(Duration.ofMillis(Duration.ofDays(9).toMillis() / 2));
        assertThat(review.worst()).isEqualTo(Duration.ofDays(8));

        assertThat(figures.returns())
                .filteredOn(r -> ids.contains(r.sectionId()))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.sectionId()).isEqualTo(ids.get(2));
                    assertThat(r.returns()).isEqualTo(1);
                    assertThat(r.reportId()).isEqualTo(report[0]);
                });
        String thisWeek = String.format(
                "%d-W%02d",
                LocalDate.now().get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                LocalDate.now().get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        assertThat(figures.approvalsPerWeek()).last().satisfies(w -> {
            assertThat(w.week()).isEqualTo(thisWeek);
            assertThat(w.approved()).isPositive();
        });
    }

    @Test
    void the_median_of_an_odd_count_is_the_middle_one_and_the_worst_the_longest() {
        List<Duration> times = List.of(Duration.ofHours(5), Duration.ofHours(1), Duration.ofHours(3));
        assertThat(MonitoringService.median(times)).isEqualTo(Duration.ofHours(3));
        assertThat(MonitoringService.worst(times)).isEqualTo(Duration.ofHours(5));
    }

    private List<SectionRow> sections(DashboardFilter filter) {
        return as(
                "admin",
                () -> monitoring.dashboard(MonitoredReports.YEAR, filter).sections());
    }

    private static DashboardFilter officeOnly(MonitoredReports fixture) {
        return new DashboardFilter(fixture.office.getId(), null, null);
    }

    private static SectionRow row(Dashboard dashboard, long sectionId) {
        return dashboard.sections().stream()
                .filter(s -> s.sectionId() == sectionId)
                .findFirst()
                .orElseThrow();
    }

    private static Figures.StepTime stepTime(Figures figures, MatrixStep step, MonitoredReports fixture) {
        return figures.stepTimes().stream()
                .filter(t -> t.step() == step && fixture.office.getName().equals(t.officeName()))
                .findFirst()
                .orElseThrow();
    }
}
