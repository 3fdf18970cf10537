package com.reportflow.monitoring;

import java.util.List;

/** The year's reports and the matrix of their sections, overdue and at-risk items first. */
public record Dashboard(int year, List<ReportRow> reports, List<SectionRow> sections) {

    public Dashboard {
        reports = List.copyOf(reports);
        sections = List.copyOf(sections);
    }
}
