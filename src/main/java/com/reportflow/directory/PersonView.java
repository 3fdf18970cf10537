package com.reportflow.directory;

import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.Formats;
import com.reportflow.shared.ui.InputLimit;
import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * One person: their details and roles (office change included, which moves them), deactivation and reactivation,
 * a password reset, lifting a lock, and the open tasks they hold, which the admin reassigns from monitoring.
 */
@Route("admin/users")
@RolesAllowed("ADMIN")
public class PersonView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    final Refusal refusal = new Refusal();
    final H2 title = new H2();
    final Paragraph status = new Paragraph();
    final TextField displayName = new TextField(getTranslation("people.field.display-name"));
    final TextField email = new TextField(getTranslation("people.field.email"));
    final ComboBox<OfficeRow> office = new ComboBox<>(getTranslation("people.field.office"));
    final CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("people.field.roles"));
    final Button save = new Button(getTranslation("people.save"));
    final Button deactivate = new Button(getTranslation("people.deactivate"));
    final Button reactivate = new Button(getTranslation("people.reactivate"));
    final Button unlock = new Button(getTranslation("people.unlock"));
    final PasswordField temporaryPassword = new PasswordField(getTranslation("people.field.temporary-password"));
    final Button resetPassword = new Button(getTranslation("people.reset-password"));
    final Paragraph shownPassword = new Paragraph();
    final Grid<HeldTask> heldTasks = new Grid<>();

    private final PeopleAdmin people;
    final VerticalLayout details = new VerticalLayout();
    private String username;

    PersonView(PeopleAdmin people) {
        this.people = people;
        addClassName("page");
        setSizeFull();

        InputLimit.apply(displayName, PeopleAdmin.MAX_DISPLAY_NAME);
        InputLimit.apply(email, PeopleAdmin.MAX_EMAIL);
        office.setItemLabelGenerator(o -> o.code() + " " + o.name());
        office.setClearButtonVisible(true);
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("people.role." + r.name()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deactivate.addClickListener(e -> act(() -> people.deactivate(username), "people.deactivated"));
        reactivate.addClickListener(e -> act(() -> people.reactivate(username), "people.reactivated"));
        unlock.addClickListener(e -> act(() -> people.unlock(username), "people.unlocked"));
        temporaryPassword.setHelperText(getTranslation("people.temporary-password-help"));
        InputLimit.apply(temporaryPassword, PasswordRules.MAX_LENGTH);
        resetPassword.addClickListener(e -> resetPassword());

        heldTasks
                .addColumn(t -> getTranslation("step." + t.stepKey()))
                .setHeader(getTranslation("people.task.step"))
                .setAutoWidth(true);
        heldTasks.addColumn(HeldTask::subject).setHeader(getTranslation("people.task.subject"));
        heldTasks
                .addColumn(t -> t.since() == null ? "" : Formats.dateTime(t.since()))
                .setHeader(getTranslation("people.task.since"))
                .setAutoWidth(true);
        heldTasks.setEmptyStateText(getTranslation("people.task.none"));
        heldTasks.setAllRowsVisible(true);

        FormLayout form = new FormLayout(displayName, email, office, roles);
        HorizontalLayout states = new HorizontalLayout(save, deactivate, reactivate, unlock);
        HorizontalLayout password = new HorizontalLayout(temporaryPassword, resetPassword);
        password.setAlignItems(FlexComponent.Alignment.BASELINE);
        Anchor monitoring = new Anchor("monitoring", getTranslation("people.task.reassign-link"));
        details.setPadding(false);
        details.add(
                status,
                form,
                states,
                new H3(getTranslation("people.password")),
                password,
                shownPassword,
                new H3(getTranslation("people.task.title")),
                new Paragraph(getTranslation("people.task.help")),
                monitoring,
                heldTasks);
        add(new Anchor("admin/users", getTranslation("people.back")), title, refusal, details);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        username = parameter;
        shownPassword.setText("");
        load();
    }

    private void load() {
        boolean shown = refusal.attempt(() -> {
            Person person = people.person(username);
            List<OfficeRow> offices = people.offices();
            office.setItems(offices.stream()
                    .filter(o -> o.active() || o.id() == (person.officeId() == null ? -1 : person.officeId()))
                    .toList());
            title.setText(person.displayName() + " (" + person.username() + ")");
            displayName.setValue(person.displayName());
            email.setValue(person.email() == null ? "" : person.email());
            office.setValue(offices.stream()
                    .filter(o -> person.officeId() != null && o.id() == person.officeId())
                    .findFirst()
                    .orElse(null));
            roles.setValue(person.roles());
            status.setText(statusText(person));
            deactivate.setVisible(person.active());
            reactivate.setVisible(!person.active());
            unlock.setVisible(person.locked());
            heldTasks.setItems(people.heldTasks(username));
        });
        details.setVisible(shown);
    }

    private String statusText(Person person) {
        StringBuilder text =
                new StringBuilder(getTranslation(person.active() ? "people.status.active" : "people.status.inactive"));
        if (person.locked()) {
            text.append(" · ").append(getTranslation("people.locked-until", Formats.dateTime(person.lockedUntil())));
        }
        if (person.mustChangePassword()) {
            text.append(" · ").append(getTranslation("people.status.must-change"));
        }
        return text.toString();
    }

    private void save() {
        PersonForm form = new PersonForm(
                username,
                displayName.getValue(),
                email.getValue(),
                office.getValue() == null ? null : office.getValue().id(),
                roles.getValue());
        act(() -> people.update(username, form), "people.saved");
    }

    private void resetPassword() {
        String[] password = new String[1];
        if (Errors.attempt(this, () -> password[0] = people.resetPassword(username, temporaryPassword.getValue()))) {
            temporaryPassword.clear();
            shownPassword.setText(getTranslation("people.password-shown-once", username, password[0]));
            load();
        }
    }

    private void act(Runnable action, String successKey) {
        if (Errors.attempt(this, action)) {
            Errors.success(this, successKey, username);
            load();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.people.users");
    }
}
