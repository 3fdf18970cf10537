package com.reportflow.inbox;

import com.vaadin.flow.component.grid.Grid;

/** The columns the inbox and the done list share: which step, on what, in which report. */
final class TaskColumns {

    private TaskColumns() {}

    static void addWhat(Grid<TaskRow> grid) {
        grid.addColumn(row -> grid.getTranslation("step." + row.step().taskKey()))
                .setHeader(grid.getTranslation("inbox.step"))
                .setAutoWidth(true);
        grid.addColumn(TaskRow::subject)
                .setHeader(grid.getTranslation("inbox.subject"))
                .setFlexGrow(3);
        grid.addColumn(TaskRow::reportTitle)
                .setHeader(grid.getTranslation("inbox.report"))
                .setFlexGrow(2);
        grid.addItemClickListener(
                e -> grid.getUI().ifPresent(ui -> ui.navigate(e.getItem().route())));
        grid.setSizeFull();
    }
}
