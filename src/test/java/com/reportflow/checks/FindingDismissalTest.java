package com.reportflow.checks;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.checks.Finding.Kind;
import com.reportflow.report.History;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.HistoryEntry;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** Dismissing a finding: who may, with what reason, what is recorded, and that it stays dismissed for that text. */
@SpringBootTest
@ActiveProfiles("test")
class FindingDismissalTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ChecksService checks;

    @Autowired
    History history;

    long reportId;

    @BeforeEach
    void setUp() {
        reportId = ChecksFixture.reportAtCompile(context)[0];
    }

    @Test
    void a_dismissed_finding_stays_dismissed_with_its_reason_and_is_in_the_history() {
        Finding date = wrongDate();

        as("coordinator", () -> checks.dismiss(reportId, date.key(), "原文引用的文件日期，保持原样"));

        ReportFindings after = as("coordinator", () -> checks.findings(reportId));
        assertThat(after.open()).extracting(Finding::key).doesNotContain(date.key());
        assertThat(after.dismissed()).singleElement().satisfies(d -> {
            assertThat(d.finding().key()).isEqualTo(date.key());
            assertThat(d.reason()).isEqualTo("原文引用的文件日期，保持原样");
        });
        assertThat(as("coordinator", () -> history.ofReport(reportId)))
                .filteredOn(e -> e.getAction() == HistoryAction.FINDING_DISMISSED)
                .singleElement()
                .extracting(HistoryEntry::getComment)
                .asString()
                .contains("2025.3.15")
                .contains("原文引用的文件日期");
    }

    @Test
    void the_admin_may_dismiss_too() {
        as("admin", () -> checks.dismiss(reportId, wrongDate().key(), "误报"));

        assertThat(as("admin", () -> checks.findings(reportId)).dismissed()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"author", "advisor", "secretary", "director", "officehead"})
    void nobody_but_the_coordinator_and_the_admin_may_dismiss(String user) {
        Finding date = wrongDate();

        assertThatThrownBy(() -> as(user, () -> checks.dismiss(reportId, date.key(), "我认为没问题")))
                .isInstanceOf(AccessDeniedException.class);
        assertNothingDismissed();
    }

    @Test
    void an_author_may_not_even_read_the_findings_of_the_whole_report() {
        assertThatThrownBy(() -> as("author", () -> checks.findings(reportId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_forged_report_id_or_finding_key_is_refused() {
        Finding date = wrongDate();

        assertThatThrownBy(() -> as("coordinator", () -> checks.dismiss(987_654_321L, date.key(), "误报")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("coordinator", () -> checks.dismiss(reportId, "0".repeat(64), "误报")))
                .isInstanceOf(InvalidInputException.class);
        assertNothingDismissed();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u0000隐藏", "\u202E\u0007"})
    void an_empty_or_hostile_reason_is_refused(String reason) {
        Finding date = wrongDate();

        assertThatThrownBy(() -> as("coordinator", () -> checks.dismiss(reportId, date.key(), reason)))
                .isInstanceOf(InvalidInputException.class);
        assertNothingDismissed();
    }

    @Test
    void an_oversized_reason_is_refused_and_markup_is_kept_as_text() {
        Finding date = wrongDate();

        assertThatThrownBy(() -> as("coordinator", () -> checks.dismiss(reportId, date.key(), "理".repeat(501))))
                .isInstanceOf(InvalidInputException.class);
        assertNothingDismissed();

        as("coordinator", () -> checks.dismiss(reportId, date.key(), "<script>alert(1)</script>"));
        assertThat(as("coordinator", () -> checks.findings(reportId)).dismissed())
                .extracting(ReportFindings.DismissedFinding::reason)
                .containsExactly("<script>alert(1)</script>");
    }

    @Test
    void the_same_finding_cannot_be_dismissed_twice() {
        Finding date = wrongDate();
        as("coordinator", () -> checks.dismiss(reportId, date.key(), "误报"));

        assertThatThrownBy(() -> as("coordinator", () -> checks.dismiss(reportId, date.key(), "误报")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_key_changes_when_the_paragraph_is_edited_so_the_finding_is_checked_again() {
        CheckedSection before = ReportChecksTest.drafted(2, 2, "（一）", "依法全面履行政府职能", "2025.3.15召开会议。");
        CheckedSection same = ReportChecksTest.drafted(2, 2, "（一）", "依法全面履行政府职能", "2025.3.15召开会议。\n");
        CheckedSection edited = ReportChecksTest.drafted(2, 2, "（一）", "依法全面履行政府职能", "2025.3.15召开专题会议。");

        assertThat(keyOf(before)).isEqualTo(keyOf(same)).isNotEqualTo(keyOf(edited));
    }

    private static String keyOf(CheckedSection section) {
        return ReportChecks.run(List.of(section)).stream()
                .filter(f -> f.kind() == Kind.WRONG_DATE)
                .findFirst()
                .orElseThrow()
                .key();
    }

    private Finding wrongDate() {
        return as("coordinator", () -> checks.findings(reportId)).open().stream()
                .filter(f -> f.kind() == Kind.WRONG_DATE)
                .findFirst()
                .orElseThrow();
    }

    private void assertNothingDismissed() {
        assertThat(as("coordinator", () -> checks.findings(reportId)).dismissed())
                .isEmpty();
        assertThat(as("coordinator", () -> history.ofReport(reportId)))
                .extracting(HistoryEntry::getAction)
                .doesNotContain(HistoryAction.FINDING_DISMISSED);
    }
}
