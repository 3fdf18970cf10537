package com.reportflow.checks;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.RealDatabaseTest;
import com.reportflow.checks.Finding.Kind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Dismissals on the real database: the table is utf8mb4, a reason of 4-byte characters survives. */
@RealDatabaseTest
class MySqlFindingDismissalIT {

    static final String RARE = "𠮷野家的😀表情与𩸽";

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChecksService checks;

    @Test
    void the_dismissal_table_is_utf8mb4() {
        assertThat(jdbc.queryForObject(
                        "select table_collation from information_schema.tables "
                                + "where table_schema = database() and table_name = 'finding_dismissal'",
                        String.class))
                .startsWith("utf8mb4");
    }

    @Test
    void a_reason_of_four_byte_characters_is_kept_and_the_finding_stays_dismissed() {
        long reportId = ChecksFixture.reportAtCompile(context)[0];
        Finding date = as("coordinator", () -> checks.findings(reportId)).open().stream()
                .filter(f -> f.kind() == Kind.WRONG_DATE)
                .findFirst()
                .orElseThrow();

        as("coordinator", () -> checks.dismiss(reportId, date.key(), "理由" + RARE));

        assertThat(jdbc.queryForObject(
                        "select reason from finding_dismissal where report_id = ?", String.class, reportId))
                .isEqualTo("理由" + RARE);
        assertThat(as("coordinator", () -> checks.findings(reportId)).dismissed())
                .singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo("理由" + RARE));
    }
}
