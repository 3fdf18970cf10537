package com.reportflow.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProposedYearTest {

    @Test
    void in_december_the_new_report_form_proposes_the_current_year_and_otherwise_last_year() {
        assertThat(NewReportView.proposedYear(LocalDate.of(2026, 12, 5))).isEqualTo(2026);
        assertThat(NewReportView.proposedYear(LocalDate.of(2026, 12, 31))).isEqualTo(2026);
        assertThat(NewReportView.proposedYear(LocalDate.of(2027, 1, 2))).isEqualTo(2026);
        assertThat(NewReportView.proposedYear(LocalDate.of(2027, 2, 28))).isEqualTo(2026);
        assertThat(NewReportView.proposedYear(LocalDate.of(2026, 11, 30))).isEqualTo(2025);
    }
}
