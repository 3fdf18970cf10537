package com.reportflow.inbox;

import com.reportflow.shared.ui.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** 已办: the tasks the person completed, newest first. */
@Menu(title = "menu.done", order = 2, icon = "vaadin:check-square-o")
@Route("done")
@PermitAll
public class DoneView extends VerticalLayout implements HasDynamicTitle {

    final Grid<TaskRow> grid = new Grid<>();

    DoneView(InboxService inbox) {
        addClassName("page");
        setSizeFull();
        TaskColumns.addWhat(grid);
        grid.addColumn(row -> Formats.dateTime(row.completedAt()))
                .setHeader(getTranslation("inbox.completed"))
                .setAutoWidth(true);
        grid.setItems(
                query -> inbox.done(query.getOffset(), query.getLimit()).stream(), query -> (int) inbox.doneCount());
        grid.setEmptyStateText(getTranslation("done.empty"));
        add(new H2(getTranslation("menu.done")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.done");
    }
}
