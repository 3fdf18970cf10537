package com.reportflow.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page shown instead of a screen that could not be read because the database is unreachable. It needs nothing
 * from the database, not even the menu, and offers to try again: once the database is back the same session goes
 * on without a restart or a new sign-in.
 */
abstract class DatabaseErrorPage extends VerticalLayout {

    final Button retry = new Button();

    DatabaseErrorPage() {
        addClassName("page");
        addClassName("database-unavailable");
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }

    int show(BeforeEnterEvent event) {
        removeAll();
        String path = "/" + event.getLocation().getPathWithQueryParameters();
        retry.setText(getTranslation("error.database.retry"));
        retry.addClickListener(e -> getUI().ifPresent(ui -> ui.getPage().setLocation(path)));
        add(
                new H2(getTranslation("error.database.title")),
                new Paragraph(getTranslation("error.database.page")),
                retry);
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
