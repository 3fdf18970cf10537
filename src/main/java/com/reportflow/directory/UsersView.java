package com.reportflow.directory;

import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.InputLimit;
import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 人员管理: every person, filtered by name, office, role and status; a new person is created in a dialog, with a
 * temporary password typed or generated and shown once. Choosing a row opens the person's page.
 */
@Menu(title = "menu.people.users", order = 11, icon = "vaadin:users")
@Route("admin/users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    final Refusal refusal = new Refusal();
    final TextField nameFilter = new TextField(getTranslation("people.filter.name"));
    final ComboBox<OfficeRow> officeFilter = new ComboBox<>(getTranslation("people.field.office"));
    final Select<Role> roleFilter = new Select<>();
    final Select<String> statusFilter = new Select<>();
    final Grid<Person> grid = new Grid<>();
    final Button newPerson = new Button(getTranslation("people.new"));

    final Dialog dialog = new Dialog();
    final TextField username = new TextField(getTranslation("people.field.username"));
    final TextField displayName = new TextField(getTranslation("people.field.display-name"));
    final TextField email = new TextField(getTranslation("people.field.email"));
    final ComboBox<OfficeRow> office = new ComboBox<>(getTranslation("people.field.office"));
    final CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("people.field.roles"));
    final PasswordField temporaryPassword = new PasswordField(getTranslation("people.field.temporary-password"));
    final Button create = new Button(getTranslation("people.create"));
    final Paragraph shownPassword = new Paragraph();

    private final PeopleAdmin people;

    UsersView(PeopleAdmin people) {
        this.people = people;
        addClassName("page");
        setSizeFull();

        nameFilter.setValueChangeMode(ValueChangeMode.LAZY);
        nameFilter.setClearButtonVisible(true);
        nameFilter.addValueChangeListener(e -> refresh());
        officeFilter.setItemLabelGenerator(o -> o.code() + " " + o.name());
        officeFilter.setClearButtonVisible(true);
        officeFilter.addValueChangeListener(e -> refresh());
        roleFilter.setLabel(getTranslation("people.field.role"));
        roleFilter.setItems(Role.values());
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setItemLabelGenerator(r -> r == null ? getTranslation("people.filter.any") : roleLabel(r));
        roleFilter.addValueChangeListener(e -> refresh());
        statusFilter.setLabel(getTranslation("people.field.status"));
        statusFilter.setItems("active", "inactive");
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setItemLabelGenerator(
                s -> s == null ? getTranslation("people.filter.any") : getTranslation("people.status." + s));
        statusFilter.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(nameFilter, officeFilter, roleFilter, statusFilter, newPerson);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addColumn(Person::username)
                .setHeader(getTranslation("people.field.username"))
                .setAutoWidth(true);
        grid.addColumn(Person::displayName)
                .setHeader(getTranslation("people.field.display-name"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.officeName() == null ? "" : p.officeName())
                .setHeader(getTranslation("people.field.office"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.roles().stream().sorted().map(this::roleLabel).collect(Collectors.joining("、")))
                .setHeader(getTranslation("people.field.roles"))
                .setFlexGrow(2);
        grid.addColumn(this::status)
                .setHeader(getTranslation("people.field.status"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("people.empty"));
        grid.addItemClickListener(
                e -> UI.getCurrent().navigate(PersonView.class, e.getItem().username()));
        grid.setSizeFull();

        newPerson.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newPerson.addClickListener(e -> openDialog());
        buildDialog();

        add(new H2(getTranslation("menu.people.users")), refusal, filters, grid);
        if (refusal.attempt(() -> {
            List<OfficeRow> offices = people.offices();
            officeFilter.setItems(offices);
            office.setItems(offices.stream().filter(OfficeRow::active).toList());
        })) {
            refresh();
        }
    }

    private void buildDialog() {
        dialog.setHeaderTitle(getTranslation("people.new"));
        username.setHelperText(getTranslation("people.username-help"));
        InputLimit.apply(username, PeopleAdmin.MAX_USERNAME);
        InputLimit.apply(displayName, PeopleAdmin.MAX_DISPLAY_NAME);
        InputLimit.apply(email, PeopleAdmin.MAX_EMAIL);
        office.setItemLabelGenerator(o -> o.code() + " " + o.name());
        office.setClearButtonVisible(true);
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(this::roleLabel);
        temporaryPassword.setHelperText(getTranslation("people.temporary-password-help"));
        InputLimit.apply(temporaryPassword, PasswordRules.MAX_LENGTH);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        FormLayout form = new FormLayout(username, displayName, email, office, roles, temporaryPassword);
        dialog.add(form, shownPassword);
        dialog.getFooter().add(new Button(getTranslation("people.close"), e -> dialog.close()), create);
    }

    private void openDialog() {
        username.clear();
        displayName.clear();
        email.clear();
        office.clear();
        roles.clear();
        temporaryPassword.clear();
        shownPassword.setText("");
        create.setEnabled(true);
        dialog.open();
    }

    private void create() {
        PersonForm form = new PersonForm(
                username.getValue(),
                displayName.getValue(),
                email.getValue(),
                office.getValue() == null ? null : office.getValue().id(),
                roles.getValue());
        String[] password = new String[1];
        if (Errors.attempt(this, () -> password[0] = people.create(form, temporaryPassword.getValue()))) {
            Errors.success(this, "people.created", form.username());
            shownPassword.setText(getTranslation("people.password-shown-once", form.username(), password[0]));
            create.setEnabled(false);
            refresh();
        }
    }

    private void refresh() {
        PersonFilter filter = new PersonFilter(
                nameFilter.getValue(),
                officeFilter.getValue() == null ? null : officeFilter.getValue().id(),
                roleFilter.getValue(),
                statusFilter.getValue() == null ? null : "active".equals(statusFilter.getValue()));
        refusal.attempt(() -> grid.setItems(
                query -> people.people(filter, query.getOffset(), query.getLimit()).stream(),
                query -> people.countPeople(filter)));
    }

    private String status(Person person) {
        String status = getTranslation(person.active() ? "people.status.active" : "people.status.inactive");
        return person.locked() ? status + " · " + getTranslation("people.status.locked") : status;
    }

    private String roleLabel(Role role) {
        return getTranslation("people.role." + role.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.people.users");
    }
}
