package com.reportflow.monitoring;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class MonitoringFiguresTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MonitoringFigures monitoring;

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
        assertThat(MonitoringFigures.median(times)).isEqualTo(Duration.ofHours(3));
        assertThat(MonitoringFigures.worst(times)).isEqualTo(Duration.ofHours(5));
    }

    private static Figures.StepTime stepTime(Figures figures, MatrixStep step, MonitoredReports fixture) {
        return figures.stepTimes().stream()
                .filter(t -> t.step() == step && fixture.office.getName().equals(t.officeName()))
                .findFirst()
                .orElseThrow();
    }
}
