package com.reportflow.planning;

import com.reportflow.shared.ui.Formats;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;

/** Flags, at assignment, a due date that lies after the legal submission deadline of the report's year. */
final class LateDueDate {

    private LateDueDate() {}

    /** @param limit the submission deadline; null when it is not known, and nothing is flagged */
    static void flag(DatePicker due, LocalDate limit) {
        boolean late = limit != null && due.getValue() != null && due.getValue().isAfter(limit);
        due.setHelperText(late ? due.getTranslation("reports.due-misses-deadline", Formats.date(limit)) : null);
        if (late) {
            due.addClassName("due-warning");
        } else {
            due.removeClassName("due-warning");
        }
    }
}
