package com.reportflow.report.ui;

import com.reportflow.calendar.Deadline;
import com.reportflow.calendar.ReportDeadlines;
import com.reportflow.report.ReportStage;
import com.reportflow.shared.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A report's legal deadlines — submission upward, disclosure, 20 working days after 成文 — each with its date and the
 * days left; the one that binds first is marked, passed ones stand out. The legal basis shows on hover.
 */
public class DeadlinesPanel extends Div {

    public DeadlinesPanel() {
        addClassName("deadlines");
    }

    /** Whether a report at this stage still has deadlines to count: not once it is published or withdrawn. */
    public static boolean counts(ReportStage stage) {
        return stage != ReportStage.PUBLISHED && stage != ReportStage.WITHDRAWN;
    }

    /** The deadlines of a report at its stage; a published or withdrawn one says why none is counted any more. */
    public void show(ReportStage stage, ReportDeadlines deadlines) {
        if (!counts(stage)) {
            showClosed(getTranslation("deadlines.closed." + stage.name()));
        } else if (deadlines != null) {
            show(deadlines);
        } else {
            removeAll();
        }
    }

    /** Instead of the days left: why no deadline is counted any more (the report is published or withdrawn). */
    private void showClosed(String reason) {
        removeAll();
        Span closed = new Span(reason);
        closed.addClassName("deadline");
        add(closed);
    }

    public void show(ReportDeadlines deadlines) {
        removeAll();
        Deadline binding = deadlines.legal().publication();
        for (Deadline deadline : deadlines.legal().all()) {
            long left = deadlines.daysLeft(deadline);
            Span item = new Span(getTranslation(
                    "deadlines.item",
                    getTranslation(deadline.kind().nameKey()),
                    Formats.date(deadline.due()),
                    left < 0
                            ? getTranslation("deadlines.passed", -left)
                            : left == 0 ? getTranslation("deadlines.today") : getTranslation("deadlines.left", left)));
            item.addClassName("deadline");
            item.getElement().setAttribute("title", getTranslation(deadline.legalBasis()));
            if (left < 0) {
                item.addClassName("deadline-passed");
            } else if (left <= 7) {
                item.addClassName("deadline-near");
            }
            if (deadline.equals(binding) && deadline.kind() != Deadline.Kind.SUBMISSION) {
                item.addClassName("deadline-binding");
            }
            add(item);
        }
        if (deadlines.legal().twentyWorkingDays().isEmpty()) {
            Span pending = new Span(getTranslation("deadlines.twenty-pending"));
            pending.addClassName("deadline");
            add(pending);
        }
    }
}
