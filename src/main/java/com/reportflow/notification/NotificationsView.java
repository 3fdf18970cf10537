package com.reportflow.notification;

import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.Formats;
import com.reportflow.shared.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** 通知: the person's reminders and escalations, newest first; a click opens the task's screen and marks it read. */
@Menu(title = "menu.notifications", order = 3, icon = "vaadin:bell-o")
@Route("notifications")
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<NotificationRow> grid = new Grid<>();
    final Button markAllRead = new Button();

    private final NotificationService notifications;

    NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("page");
        setSizeFull();

        grid.addComponentColumn(this::kind)
                .setHeader(getTranslation("notification.kind"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.step() == null
                        ? ""
                        : getTranslation("step." + row.step().taskKey()))
                .setHeader(getTranslation("notification.step"))
                .setAutoWidth(true);
        grid.addColumn(NotificationRow::subject)
                .setHeader(getTranslation("notification.subject"))
                .setFlexGrow(3);
        grid.addColumn(NotificationRow::reportTitle)
                .setHeader(getTranslation("notification.report"))
                .setFlexGrow(2);
        grid.addColumn(row -> Formats.dateTime(row.dueAt()))
                .setHeader(getTranslation("notification.due"))
                .setAutoWidth(true);
        grid.addColumn(row -> Formats.dateTime(row.createdAt()))
                .setHeader(getTranslation("notification.created"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.read()
                        ? getTranslation("notification.read-at", Formats.dateTime(row.readAt()))
                        : getTranslation("notification.unread"))
                .setHeader(getTranslation("notification.state"))
                .setAutoWidth(true);
        grid.setPartNameGenerator(row -> row.read() ? null : "unread");
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setItems(query -> notifications.mine(query.getOffset(), query.getLimit()).stream(), query ->
                (int) notifications.count());
        grid.setEmptyStateText(getTranslation("notification.empty"));
        grid.setSizeFull();

        markAllRead.setText(getTranslation("notification.mark-all-read"));
        markAllRead.setIcon(VaadinIcon.CHECK.create());
        markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAllRead.addClickListener(e -> {
            if (Errors.attempt(this, notifications::markAllRead)) {
                grid.getDataProvider().refreshAll();
                MainLayout.countsChanged(this);
            }
        });

        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("menu.notifications")), markAllRead);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.expand(header.getComponentAt(0));
        add(header, grid);
    }

    private Span kind(NotificationRow row) {
        Span kind = new Span(getTranslation("notification.kind." + row.kind().name()));
        if (row.kind() == NotificationKind.ESCALATION || row.kind() == NotificationKind.URGE) {
            kind.addClassName("overdue");
        }
        return kind;
    }

    private void open(NotificationRow row) {
        if (Errors.attempt(this, () -> notifications.markRead(row.id()))) {
            getUI().ifPresent(ui -> ui.navigate(row.route()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.notifications");
    }
}
