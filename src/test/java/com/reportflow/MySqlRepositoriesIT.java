package com.reportflow;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.drafting.DraftingService;
import com.reportflow.drafting.StaleEditException;
import com.reportflow.report.ReportQueries;
import com.reportflow.review.ReviewService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the real database must keep: every character people type, and no lost update. */
@RealDatabaseTest
class MySqlRepositoriesIT {

    static final String RARE = "𠮷野家的😀表情与𩸽";

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportQueries queries;

    @Autowired
    DraftingService drafting;

    @Autowired
    ReviewService review;

    @Test
    void the_application_tables_are_utf8mb4() {
        List<String> collations = jdbc.queryForList(
                "select table_collation from information_schema.tables "
                        + "where table_schema = database() and table_name in ('report', 'report_section', 'history_entry', "
                        + "'deliberation', 'publication', 'superior_submission', 'app_user', 'office', 'notification')",
                String.class);
        assertThat(collations).hasSize(9).allSatisfy(c -> assertThat(c).startsWith("utf8mb4"));
    }

    @Test
    void four_byte_characters_in_a_section_text_and_an_opinion_survive_the_round_trip() {
        ReportSteps steps = new ReportSteps(context);
        long reportId = steps.drafting(false);
        long sectionId = steps.sectionIds(reportId).getFirst();
        String body = "第一段" + RARE + "\n第二段 😀😀";
        String opinion = "请核实" + RARE;

        as("author", () -> drafting.save(sectionId, version(sectionId), body));
        assertThat(jdbc.queryForObject("select body from report_section where id = ?", String.class, sectionId))
                .isEqualTo(body);
        steps.submit("author", sectionId, body);
        as("advisor", () -> review.returnWithOpinion(sectionId, opinion));

        assertThat(as("author", () -> drafting.section(sectionId))).satisfies(s -> {
            assertThat(s.body()).isEqualTo(body);
            assertThat(s.latestReturnOpinion().orElseThrow().remarks()).isEqualTo(opinion);
            assertThat(s.returnedRevision().orElseThrow().getBody()).isEqualTo(body);
        });
        assertThat(jdbc.queryForObject(
                        "select remarks from review_opinion where section_id = ?", String.class, sectionId))
                .isEqualTo(opinion);
        assertThat(jdbc.queryForObject(
                        "select body from section_revision where section_id = ? and revision_number = 1",
                        String.class,
                        sectionId))
                .isEqualTo(body);
    }

    @Test
    void a_title_of_rare_characters_at_the_limit_is_stored() {
        ReportSteps steps = new ReportSteps(context);
        long reportId = steps.compiling();
        String title = "😀".repeat(100);
        steps.compile(reportId, title);
        assertThat(jdbc.queryForObject("select title from report where id = ?", String.class, reportId))
                .isEqualTo(title);
    }

    @Test
    void a_save_based_on_a_stale_version_is_refused_and_overwrites_nothing() {
        ReportSteps steps = new ReportSteps(context);
        long sectionId = steps.sectionIds(steps.drafting(false)).getFirst();
        long loadedByBoth = version(sectionId);

        long saved = as("author2", () -> drafting.save(sectionId, loadedByBoth, "孙芳先保存的稿"));
        assertThat(saved).isGreaterThan(loadedByBoth);

        assertThatThrownBy(() -> as("author", () -> drafting.save(sectionId, loadedByBoth, "钱磊后保存的稿")))
                .isInstanceOfSatisfying(StaleEditException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.stale-edit");
                    assertThat(e.args())
                            .as("the person who saved first, by name")
                            .containsExactly("孙芳");
                });
        assertThatThrownBy(() -> as("author", () -> drafting.submit(sectionId, loadedByBoth, "钱磊后提交的稿")))
                .isInstanceOf(StaleEditException.class);
        assertThat(as("author", () -> drafting.section(sectionId))).satisfies(s -> {
            assertThat(s.body()).isEqualTo("孙芳先保存的稿");
            assertThat(s.version()).isEqualTo(saved);
        });
    }

    private long version(long sectionId) {
        return as("coordinator", () -> queries.section(sectionId)).version();
    }
}
