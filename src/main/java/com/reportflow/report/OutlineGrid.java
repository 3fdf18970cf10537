package com.reportflow.report;

import com.reportflow.shared.ui.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** A report's outline as a table: each heading, its office, due date and status, and a link to its timeline. */
class OutlineGrid extends Grid<OutlineEntry> {

    OutlineGrid() {
        addColumn(OutlineEntry::numberedHeading)
                .setHeader(getTranslation("reports.heading"))
                .setFlexGrow(3);
        addColumn(e -> e.officeName() == null ? "" : e.officeName())
                .setHeader(getTranslation("reports.office"))
                .setAutoWidth(true);
        addColumn(e -> Formats.date(e.dueDate()))
                .setHeader(getTranslation("reports.due"))
                .setAutoWidth(true);
        addColumn(e -> e.assigned() ? getTranslation("status." + e.status().name()) : "")
                .setHeader(getTranslation("reports.status"))
                .setAutoWidth(true);
        addComponentColumn(e -> e.assigned()
                        ? new RouterLink(
                                getTranslation("section.timeline"),
                                SectionTimelineView.class,
                                new RouteParameters("sectionId", String.valueOf(e.sectionId())))
                        : new Span())
                .setAutoWidth(true);
        setPartNameGenerator(e -> e.assigned() ? null : "outline-heading");
        setAllRowsVisible(true);
    }
}
