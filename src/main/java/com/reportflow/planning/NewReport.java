package com.reportflow.planning;

import java.time.LocalDate;
import java.util.List;

/** What the coordinator fills in to open a year's report from a template (null: the statutory one). */
public record NewReport(
        int year, String title, boolean officeHeadCheck, Long templateId, List<Assignment> assignments) {

    public NewReport {
        assignments = List.copyOf(assignments);
    }

    /** From the statutory template. */
    public NewReport(int year, String title, boolean officeHeadCheck, List<Assignment> assignments) {
        this(year, title, officeHeadCheck, null, assignments);
    }

    /** One template section: included or not (only optional ones may be left out), its office and due date. */
    public record Assignment(int leafIndex, boolean included, Long officeId, LocalDate dueDate) {}
}
