package com.reportflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.directory.Office;
import com.reportflow.workflow.Step;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Report and section state changes only through intent methods that check the state they come from: a move from the
 * wrong state (someone else moved it first) is refused with the concurrent-update message and changes nothing.
 */
class StateTransitionsTest {

    private final Report report = new Report(2026, "报告", "某局", false, "coordinator", Instant.EPOCH);

    private ReportSection drafted() {
        ReportSection section = new ReportSection(report, null, 1, 1, "一、章节");
        section.assign(new Office("JCJYK", "基础教育科"), LocalDate.of(2027, 1, 31));
        return section;
    }

    @Test
    void a_section_goes_round_drafting_check_review_and_back() {
        ReportSection section = drafted();
        assertThat(section.getStatus()).isEqualTo(SectionStatus.DRAFTING);

        section.submitted(Step.OFFICE_CHECK);
        assertThat(section.getStatus()).isEqualTo(SectionStatus.OFFICE_CHECK);
        section.checkedInOffice(false);
        assertThat(section.getStatus()).isEqualTo(SectionStatus.RETURNED);
        section.submitted(Step.OFFICE_CHECK);
        section.officeCheckSkipped();
        assertThat(section.getStatus()).isEqualTo(SectionStatus.LEGAL_REVIEW);
        section.reviewed(false);
        assertThat(section.getStatus()).isEqualTo(SectionStatus.RETURNED);
        section.submitted(Step.LEGALITY_REVIEW);
        section.withdrawn();
        assertThat(section.getStatus()).isEqualTo(SectionStatus.DRAFTING);
        section.submitted(Step.LEGALITY_REVIEW);
        section.reviewed(true);
        assertThat(section.getStatus()).isEqualTo(SectionStatus.APPROVED);
        section.reopened();
        assertThat(section.getStatus()).isEqualTo(SectionStatus.LEGAL_REVIEW);
        section.reviewed(true);
        section.returnedByDeliberation();
        assertThat(section.getStatus()).isEqualTo(SectionStatus.RETURNED);
        section.removed();
        assertThat(section.getStatus()).isEqualTo(SectionStatus.REMOVED);
    }

    @Test
    void a_section_refuses_a_move_from_a_state_it_is_not_in() {
        refused(drafted(), s -> s.reviewed(true));
        refused(drafted(), s -> s.checkedInOffice(true));
        refused(drafted(), ReportSection::withdrawn);
        refused(drafted(), ReportSection::reopened);
        refused(drafted(), ReportSection::returnedByDeliberation);
        refused(drafted(), ReportSection::officeCheckSkipped);
        refused(drafted(), s -> s.submitted(Step.DRAFT_SECTION));

        ReportSection approved = drafted();
        approved.submitted(Step.LEGALITY_REVIEW);
        approved.reviewed(true);
        refused(approved, s -> s.submitted(Step.LEGALITY_REVIEW));
        refused(approved, s -> s.transferTo(new Office("DDS", "督导室")));
        refused(approved, s -> s.reviewed(false));

        ReportSection removed = drafted();
        removed.removed();
        refused(removed, ReportSection::removed);
    }

    @Test
    void the_step_a_section_waits_at_is_its_status() {
        assertThat(SectionStatus.at(Step.DRAFT_SECTION)).isEqualTo(SectionStatus.DRAFTING);
        assertThat(SectionStatus.at(Step.OFFICE_CHECK)).isEqualTo(SectionStatus.OFFICE_CHECK);
        assertThat(SectionStatus.at(Step.LEGALITY_REVIEW)).isEqualTo(SectionStatus.LEGAL_REVIEW);
        assertThatThrownBy(() -> SectionStatus.at(Step.SIGN_OFF)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_report_goes_from_drafting_to_published_and_withdrawn() {
        report.sectionsApproved();
        assertThat(report.getStage()).isEqualTo(ReportStage.COMPILING);
        report.sectionsApproved();
        assertThat(report.getStage()).as("only a report being drafted moves on").isEqualTo(ReportStage.COMPILING);
        report.sectionReopened();
        assertThat(report.getStage()).isEqualTo(ReportStage.DRAFTING);
        report.sectionsApproved();
        report.deliberating();
        report.returnedByDeliberation();
        assertThat(report.getStage()).isEqualTo(ReportStage.DRAFTING);
        report.sectionsApproved();
        report.deliberating();
        report.signing();
        report.publishing();
        report.published();
        assertThat(report.getStage()).isEqualTo(ReportStage.PUBLISHED);
        report.withdrawnFromPublication();
        assertThat(report.getStage()).isEqualTo(ReportStage.WITHDRAWN);
    }

    @Test
    void a_report_refuses_a_move_from_a_stage_it_is_not_in() {
        refused(report, Report::deliberating);
        refused(report, Report::signing);
        refused(report, Report::publishing);
        refused(report, Report::published);
        refused(report, Report::withdrawnFromPublication);
        refused(report, Report::returnedByDeliberation);
        report.cancelled();
        refused(report, Report::cancelled);
        refused(report, Report::sectionReopened);
        assertThat(report.getStage()).isEqualTo(ReportStage.CANCELLED);
    }

    private static void refused(ReportSection section, Consumer<ReportSection> move) {
        SectionStatus before = section.getStatus();
        assertThatThrownBy(() -> move.accept(section))
                .isInstanceOf(StateConflict.class)
                .hasMessageContaining("error.concurrent-update");
        assertThat(section.getStatus()).isEqualTo(before);
    }

    private static void refused(Report report, Consumer<Report> move) {
        ReportStage before = report.getStage();
        assertThatThrownBy(() -> move.accept(report)).isInstanceOf(StateConflict.class);
        assertThat(report.getStage()).isEqualTo(before);
    }
}
