package com.reportflow.planning;

import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 提纲模板: the statutory template and the bureau's own; the coordinator makes a new one from any of them, edits or
 * deletes the bureau's, and opens a report from any.
 */
@Menu(title = "menu.templates", order = 6, icon = "vaadin:file-tree")
@Route("templates")
@RolesAllowed("COORDINATOR")
public class TemplatesView extends VerticalLayout implements HasDynamicTitle {

    final Refusal refusal = new Refusal();
    final Grid<OutlineTemplate> grid = new Grid<>();
    final Anchor importLink = new Anchor("templates/import", getTranslation("menu.import"));

    private final TemplateLibrary library;

    TemplatesView(TemplateLibrary library) {
        this.library = library;
        addClassName("page");
        grid.addColumn(OutlineTemplate::name)
                .setHeader(getTranslation("templates.name"))
                .setFlexGrow(3);
        grid.addColumn(t -> t.leaves().size())
                .setHeader(getTranslation("templates.sections"))
                .setAutoWidth(true);
        grid.addColumn(t -> getTranslation(t.isStatutory() ? "templates.kind.statutory" : "templates.kind.bureau"))
                .setHeader(getTranslation("templates.kind"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("templates.actions"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("menu.templates")), refusal, grid, importLink);
        refresh();
    }

    private HorizontalLayout actions(OutlineTemplate template) {
        HorizontalLayout actions = new HorizontalLayout();
        Anchor use = new Anchor(
                template.isStatutory() ? "reports/new" : "reports/new?template=" + template.id(),
                getTranslation("templates.use"));
        Anchor copy = new Anchor(
                template.isStatutory() ? "templates/new" : "templates/new?from=" + template.id(),
                getTranslation("templates.copy"));
        actions.add(use, copy);
        if (!template.isStatutory()) {
            actions.add(new Anchor("templates/" + template.id(), getTranslation("templates.edit")));
            Button delete = new Button(getTranslation("templates.delete"));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            delete.addClickListener(e -> confirmDelete(template));
            actions.add(delete);
        }
        return actions;
    }

    private void confirmDelete(OutlineTemplate template) {
        ConfirmRemoval.ask(
                this, "templates.delete", getTranslation("templates.delete-confirm", template.name()), () -> {
                    if (Errors.attempt(this, () -> library.delete(template.id()))) {
                        Errors.success(this, "templates.deleted");
                        refresh();
                    }
                });
    }

    private void refresh() {
        refusal.attempt(() -> grid.setItems(library.list()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.templates");
    }
}
