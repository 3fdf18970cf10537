package com.reportflow.monitoring;

import com.reportflow.report.ui.DeadlinesPanel;
import com.reportflow.shared.ui.Formats;
import com.reportflow.workflow.Step;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;

/**
 * The year's reports: stage, progress, legal deadlines, the report's own open step (who holds it, since when), why
 * it is overdue or at risk, with links to its steering page and its process diagram.
 */
final class ReportTable extends Grid<ReportRow> {

    ReportTable() {
        // Deadlines are long Chinese runs: they wrap rather than being clipped.
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addComponentColumn(r -> new Anchor(
                        "steering/reports/" + r.summary().id(), r.summary().title()))
                .setKey("report")
                .setHeader(getTranslation("monitoring.report"))
                .setWidth("16em")
                .setFlexGrow(3);
        addColumn(r -> getTranslation("stage." + r.summary().stage().name()))
                .setHeader(getTranslation("monitoring.stage"))
                .setAutoWidth(true);
        addColumn(r -> r.summary().sectionsApproved() + " / " + r.summary().sectionsTotal())
                .setHeader(getTranslation("monitoring.progress"))
                .setAutoWidth(true);
        addComponentColumn(r -> {
                    DeadlinesPanel panel = new DeadlinesPanel();
                    panel.show(r.summary().stage(), r.deadlines());
                    return panel;
                })
                .setKey("deadlines")
                .setHeader(getTranslation("monitoring.deadlines"))
                .setWidth("18em")
                .setFlexGrow(3);
        addColumn(r -> stepName(r.step()))
                .setHeader(getTranslation("monitoring.step"))
                .setAutoWidth(true);
        addColumn(r -> MonitoringTexts.holderName(this, r.holder()))
                .setHeader(getTranslation("monitoring.holder"))
                .setAutoWidth(true);
        addColumn(r -> Formats.dateTime(r.since()))
                .setHeader(getTranslation("monitoring.since"))
                .setAutoWidth(true);
        addComponentColumn(r -> new RiskBadge(r.risk()))
                .setKey("risk")
                .setHeader(getTranslation("monitoring.risk"))
                .setAutoWidth(true);
        addComponentColumn(r -> new Anchor(
                        "monitoring/diagram/report/" + r.summary().id(), getTranslation("monitoring.diagram")))
                .setKey("diagram")
                .setAutoWidth(true);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("monitoring.no-reports"));
    }

    private String stepName(Step s) {
        return s == null ? "" : getTranslation("step." + s.taskKey());
    }
}
