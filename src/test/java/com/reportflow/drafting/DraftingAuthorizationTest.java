package com.reportflow.drafting;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.RefusalTest;
import com.reportflow.report.SectionStatus;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.shared.UserFacingException;
import com.reportflow.workflow.Step;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Who may take, save, submit and withdraw a section, and approve or return it in the office; a section held by a
 * colleague or decided meanwhile. Everyone else is refused, and nothing about the report changes.
 */
class DraftingAuthorizationTest extends RefusalTest {

    static final List<String> NOT_AN_AUTHOR_OF_THE_OFFICE = allBut("author", "author2");

    static final List<String> NOT_THE_OFFICE_HEAD = allBut("officehead");

    @BeforeAll
    void openReports() {
        openDraftingReport();
        openOfficeCheckReport();
    }

    @ParameterizedTest
    @FieldSource("NOT_AN_AUTHOR_OF_THE_OFFICE")
    void only_an_author_of_the_office_saves_a_section(String user) {
        long version = version(draftSection);
        refused(
                user,
                draftingReport,
                AccessDeniedException.class,
                () -> drafting.save(draftSection, version, "越权写入的正文"));
    }

    @ParameterizedTest
    @FieldSource("NOT_AN_AUTHOR_OF_THE_OFFICE")
    void only_an_author_of_the_office_submits_a_section(String user) {
        long version = version(draftSection);
        refused(
                user,
                draftingReport,
                AccessDeniedException.class,
                () -> drafting.submit(draftSection, version, "越权提交的正文"));
    }

    @ParameterizedTest
    @FieldSource("NOT_AN_AUTHOR_OF_THE_OFFICE")
    void only_an_author_of_the_office_takes_a_section(String user) {
        refused(user, draftingReport, AccessDeniedException.class, () -> drafting.take(draftSection));
    }

    @Test
    void an_author_of_another_office_can_neither_read_nor_save_the_offices_section() {
        long version = version(draftSection);
        refused("inspector", draftingReport, AccessDeniedException.class, () -> queries.section(draftSection));
        refused("inspector", draftingReport, AccessDeniedException.class, () -> drafting.section(draftSection));
        refused(
                "inspector",
                draftingReport,
                AccessDeniedException.class,
                () -> drafting.save(draftSection, version, "督导室写入的正文"));
        assertThat(as("inspector", () -> drafting.mayEdit(draftSection))).isFalse();
    }

    @Test
    void the_legal_advisor_reads_a_section_but_cannot_save_its_text() {
        long version = version(draftSection);
        assertThat(as("advisor", () -> queries.section(draftSection)).sectionId())
                .isEqualTo(draftSection);
        refused(
                "advisor",
                draftingReport,
                AccessDeniedException.class,
                () -> drafting.save(draftSection, version, "顾问改写的正文"));
        refused(
                "advisor",
                draftingReport,
                AccessDeniedException.class,
                () -> drafting.save(sectionUnderReview, version(sectionUnderReview), "顾问改写的正文"));
        assertThat(as("advisor", () -> drafting.mayEdit(draftSection))).isFalse();
    }

    @Test
    void authors_of_the_office_take_save_and_submit_their_sections() {
        long reportId = steps.drafting(false);
        long first = steps.sectionIds(reportId).get(0);
        long second = steps.sectionIds(reportId).get(1);

        as("author", () -> drafting.take(first));
        assertThat(openTask(reportId, first).assignee()).isEqualTo("author");
        long saved = as("author", () -> drafting.save(first, version(first), "第一稿"));
        assertThat(as("author", () -> drafting.section(first))).satisfies(s -> {
            assertThat(s.body()).isEqualTo("第一稿");
            assertThat(s.version()).isEqualTo(saved);
        });
        as("author", () -> drafting.submit(first, saved, "定稿"));
        as("author2", () -> drafting.submit(second, version(second), "孙芳的稿"));

        assertThat(status(first)).isEqualTo(SectionStatus.LEGAL_REVIEW);
        assertThat(status(second)).isEqualTo(SectionStatus.LEGAL_REVIEW);
        assertThat(openTask(reportId, first).step()).isEqualTo(Step.LEGALITY_REVIEW);
    }

    @ParameterizedTest
    @FieldSource("NOT_THE_OFFICE_HEAD")
    void only_the_office_head_of_the_office_approves_or_returns_a_draft_in_the_office(String user) {
        refused(
                user,
                officeCheckReport,
                AccessDeniedException.class,
                () -> drafting.approveInOffice(sectionInOfficeCheck));
        refused(
                user,
                officeCheckReport,
                AccessDeniedException.class,
                () -> drafting.returnInOffice(sectionInOfficeCheck, "请修改"));
    }

    @Test
    void the_office_head_approves_one_draft_and_returns_another() {
        long reportId = steps.drafting(true);
        long first = steps.sectionIds(reportId).get(0);
        long second = steps.sectionIds(reportId).get(1);
        steps.submit("author", first, "初稿一");
        steps.submit("author", second, "初稿二");

        as("officehead", () -> drafting.approveInOffice(first));
        as("officehead", () -> drafting.returnInOffice(second, "数据需核实。"));

        assertThat(status(first)).isEqualTo(SectionStatus.LEGAL_REVIEW);
        assertThat(status(second)).isEqualTo(SectionStatus.RETURNED);
        assertThat(as("author", () -> drafting.section(second)).latestReturn().getComment())
                .isEqualTo("数据需核实。");
    }

    @ParameterizedTest
    @FieldSource("NOT_AN_AUTHOR_OF_THE_OFFICE")
    void only_an_author_of_the_office_withdraws_a_submission(String user) {
        refused(user, draftingReport, AccessDeniedException.class, () -> drafting.withdraw(sectionUnderReview));
        refused(user, officeCheckReport, AccessDeniedException.class, () -> drafting.withdraw(sectionInOfficeCheck));
        assertThat(as(user, () -> drafting.mayWithdraw(sectionUnderReview))).isFalse();
    }

    @Test
    void nobody_withdraws_a_section_that_was_never_submitted_or_was_already_approved() {
        for (long sectionId : List.of(draftSection, approvedSection)) {
            assertThatThrownBy(() -> as("author", () -> drafting.withdraw(sectionId)))
                    .isInstanceOf(UserFacingException.class);
        }
        assertThat(status(draftSection)).isEqualTo(SectionStatus.DRAFTING);
        assertThat(status(approvedSection)).isEqualTo(SectionStatus.APPROVED);
    }

    @Test
    void a_heading_is_no_section_anyone_can_read_or_write() {
        refused("coordinator", draftingReport, NotFoundException.class, () -> queries.section(heading));
        refused("author", draftingReport, UserFacingException.class, () -> drafting.save(heading, 0, "写入标题"));
        refused("author", draftingReport, UserFacingException.class, () -> drafting.submit(heading, 0, "写入标题"));
        refused("advisor", draftingReport, UserFacingException.class, () -> review.approve(heading));
    }

    @Test
    void a_section_taken_by_one_author_cannot_be_saved_submitted_or_taken_by_a_colleague() {
        long reportId = steps.drafting(false);
        long sectionId = steps.sectionIds(reportId).getFirst();
        as("author", () -> drafting.take(sectionId));
        long version = version(sectionId);

        for (Runnable action : List.<Runnable>of(
                () -> drafting.save(sectionId, version, "孙芳的改写"),
                () -> drafting.submit(sectionId, version, "孙芳的改写"),
                () -> drafting.take(sectionId))) {
            UserFacingException e = refusedWith("author2", reportId, "error.task-held-by-other", action);
            assertThat(e.args()).containsExactly("author");
        }
        assertThat(as("author2", () -> drafting.mayEdit(sectionId))).isFalse();
        refused("inspector", reportId, AccessDeniedException.class, () -> drafting.save(sectionId, version, "x"));

        as("author", () -> drafting.submit(sectionId, version, "钱磊的定稿"));
        assertThat(status(sectionId)).isEqualTo(SectionStatus.LEGAL_REVIEW);
    }

    @Test
    void deciding_on_a_section_someone_just_decided_on_finds_the_task_gone() {
        long reportId = steps.drafting(true);
        List<Long> sections = steps.sectionIds(reportId);
        long first = sections.get(0);
        long second = sections.get(1);
        steps.submit("author", first, "初稿");
        long loadedByAuthor2 = version(second);
        steps.submit("author", second, "钱磊提交的稿");

        refusedWith(
                "author2",
                reportId,
                "error.section.not-editable",
                () -> drafting.submit(second, loadedByAuthor2, "孙芳同时提交的稿"));
        assertThat(as("author", () -> drafting.section(second)).body()).isEqualTo("钱磊提交的稿");

        as("officehead", () -> drafting.approveInOffice(first));
        refusedWith("officehead", reportId, "error.task-gone", () -> drafting.approveInOffice(first));
        refusedWith("officehead", reportId, "error.task-gone", () -> drafting.returnInOffice(first, "再退回"));

        as("advisor", () -> review.approve(first));
        refusedWith("advisor", reportId, "error.task-gone", () -> review.approve(first));
        refusedWith("advisor", reportId, "error.task-gone", () -> review.returnWithOpinion(first, "再退回"));
        refusedWith("advisor", reportId, "error.task-gone", () -> review.take(first));
    }
}
