package com.reportflow.inbox;

import com.reportflow.shared.ui.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** 待办: the person's own tasks and their groups' unclaimed tasks, earliest due first, paged lazily. */
@Menu(title = "menu.inbox", order = 1, icon = "vaadin:inbox")
@Route("")
@PermitAll
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    final Grid<TaskRow> grid = new Grid<>();

    InboxView(InboxService inbox) {
        addClassName("page");
        setSizeFull();
        TaskColumns.addWhat(grid);
        grid.addColumn(row -> getTranslation("inbox.progress.text", row.sectionsApproved(), row.sectionsTotal()))
                .setHeader(getTranslation("inbox.progress"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.officeName() == null ? "" : row.officeName())
                .setHeader(getTranslation("inbox.office"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.holder() == null
                        ? getTranslation("inbox.unclaimed")
                        : row.delegatedBy() == null
                                ? row.holder()
                                : getTranslation("steering.delegated-by", row.holder(), row.delegatedBy()))
                .setHeader(getTranslation("inbox.holder"))
                .setAutoWidth(true);
        grid.addColumn(row -> Formats.dateTime(row.createdAt()))
                .setHeader(getTranslation("inbox.since"))
                .setAutoWidth(true);
        grid.addComponentColumn(row -> {
                    Span due = new Span(Formats.dateTime(row.dueAt()));
                    if (row.overdue()) {
                        due.addClassName("overdue");
                        due.setText(due.getText() + " · " + getTranslation("inbox.overdue"));
                    }
                    return due;
                })
                .setHeader(getTranslation("inbox.due"))
                .setAutoWidth(true);
        grid.setItems(
                query -> inbox.inbox(query.getOffset(), query.getLimit()).stream(), query -> (int) inbox.inboxCount());
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        add(new H2(getTranslation("menu.inbox")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.inbox");
    }
}
