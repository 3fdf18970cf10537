package com.reportflow.directory;

import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.InputLimit;
import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 科室管理: the offices with their people count; create one (the code is fixed from then on), rename the chosen
 * one, or deactivate it once none of its sections is in flight.
 */
@Menu(title = "menu.people.offices", order = 12, icon = "vaadin:building")
@Route("admin/offices")
@RolesAllowed("ADMIN")
public class OfficesView extends VerticalLayout implements HasDynamicTitle {

    final Refusal refusal = new Refusal();
    final Grid<OfficeRow> grid = new Grid<>();
    final TextField code = new TextField(getTranslation("people.field.office-code"));
    final TextField name = new TextField(getTranslation("people.field.office-name"));
    final Button create = new Button(getTranslation("people.office.create"));
    final TextField newName = new TextField(getTranslation("people.field.office-name"));
    final Button rename = new Button(getTranslation("people.office.rename"));
    final Button deactivate = new Button(getTranslation("people.office.deactivate"));

    private final PeopleAdmin people;

    OfficesView(PeopleAdmin people) {
        this.people = people;
        addClassName("page");
        setSizeFull();

        grid.addColumn(OfficeRow::code)
                .setHeader(getTranslation("people.field.office-code"))
                .setAutoWidth(true);
        grid.addColumn(OfficeRow::name).setHeader(getTranslation("people.field.office-name"));
        grid.addColumn(OfficeRow::members)
                .setHeader(getTranslation("people.office.members"))
                .setAutoWidth(true);
        grid.addColumn(o -> getTranslation(o.active() ? "people.status.active" : "people.status.inactive"))
                .setHeader(getTranslation("people.field.status"))
                .setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> chosen(e.getValue()));
        grid.setSizeFull();

        code.setHelperText(getTranslation("people.office.code-help"));
        InputLimit.apply(code, PeopleAdmin.MAX_OFFICE_CODE);
        InputLimit.apply(name, PeopleAdmin.MAX_OFFICE_NAME);
        InputLimit.apply(newName, PeopleAdmin.MAX_OFFICE_NAME);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        rename.addClickListener(e -> rename());
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deactivate.addClickListener(e -> deactivate());
        chosen(null);

        HorizontalLayout creating = new HorizontalLayout(code, name, create);
        creating.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout editing = new HorizontalLayout(newName, rename, deactivate);
        editing.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(
                new H2(getTranslation("menu.people.offices")),
                new Paragraph(getTranslation("people.office.help")),
                refusal,
                grid,
                editing,
                new H3(getTranslation("people.office.create")),
                creating);
        refresh();
    }

    private void create() {
        if (Errors.attempt(this, () -> people.createOffice(code.getValue(), name.getValue()))) {
            Errors.success(this, "people.office.created", code.getValue());
            code.clear();
            name.clear();
            refresh();
        }
    }

    private void rename() {
        OfficeRow office = grid.asSingleSelect().getValue();
        if (office != null && Errors.attempt(this, () -> people.renameOffice(office.id(), newName.getValue()))) {
            Errors.success(this, "people.office.renamed", office.code());
            refresh();
        }
    }

    private void deactivate() {
        OfficeRow office = grid.asSingleSelect().getValue();
        if (office != null && Errors.attempt(this, () -> people.deactivateOffice(office.id()))) {
            Errors.success(this, "people.office.deactivated", office.code());
            refresh();
        }
    }

    private void chosen(OfficeRow office) {
        newName.setValue(office == null ? "" : office.name());
        newName.setEnabled(office != null);
        rename.setEnabled(office != null);
        deactivate.setEnabled(office != null && office.active());
    }

    private void refresh() {
        refusal.attempt(() -> grid.setItems(people.offices()));
        chosen(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.people.offices");
    }
}
