package com.reportflow.steering;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.RealDatabaseTest;
import com.reportflow.report.ReportStage;
import com.reportflow.review.CoReviews;
import com.reportflow.workflow.Step;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Steering on the real database: its tables are utf8mb4, and the engine calls hold on MySQL/MariaDB. */
@RealDatabaseTest
class MySqlSteeringIT {

    static final String RARE = "𠮷野家的😀表情与𩸽";

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SteeringService steering;

    @Autowired
    SteeringPages pages;

    @Autowired
    ReportActions reportActions;

    @Autowired
    CoReviews coReviews;

    @Test
    void the_steering_tables_are_utf8mb4() {
        List<String> collations = jdbc.queryForList(
                "select table_collation from information_schema.tables "
                        + "where table_schema = database() and table_name in ('co_review', 'report_copy')",
                String.class);
        assertThat(collations).hasSize(2).allSatisfy(c -> assertThat(c).startsWith("utf8mb4"));
    }

    @Test
    void a_co_review_opinion_and_a_cancellation_reason_of_four_byte_characters_survive_and_the_processes_end() {
        SteeringFixture fixture = new SteeringFixture(context);
        fixture.ensureSecondAdvisor();
        long sectionId = fixture.heldReview();
        long reportId = as("coordinator", () -> pages.section(sectionId)).reportId();

        as("advisor", () -> steering.addCoReviewer(sectionId, SteeringFixture.SECOND_ADVISOR, "请会审" + RARE));
        as(SteeringFixture.SECOND_ADVISOR, () -> coReviews.giveCoReview(sectionId, "同意" + RARE));
        assertThat(jdbc.queryForObject("select opinion from co_review where section_id = ?", String.class, sectionId))
                .isEqualTo("同意" + RARE);

        as(
                "coordinator",
                () -> steering.transfer(Step.LEGALITY_REVIEW, sectionId, SteeringFixture.SECOND_ADVISOR, RARE));
        assertThat(as("coordinator", () -> pages.section(sectionId))
                        .task()
                        .orElseThrow()
                        .holder())
                .isEqualTo(SteeringFixture.SECOND_ADVISOR);

        as("admin", () -> reportActions.cancel(reportId, "撤销" + RARE));
        assertThat(fixture.steps.stage(reportId)).isEqualTo(ReportStage.CANCELLED);
        assertThat(as("admin", () -> pages.report(reportId)).tasks()).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select comment from history_entry where report_id = ? and action = 'REPORT_CANCELLED'",
                        String.class,
                        reportId))
                .isEqualTo("撤销" + RARE);
    }
}
