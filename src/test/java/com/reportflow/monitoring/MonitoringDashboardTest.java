package com.reportflow.monitoring;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.directory.Role;
import com.reportflow.workflow.Step;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class MonitoringDashboardTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MonitoringDashboard monitoring;

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
}
