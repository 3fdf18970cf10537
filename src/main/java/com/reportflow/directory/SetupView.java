package com.reportflow.directory;

import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.InputLimit;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * 初始化: creates the first admin on an empty directory. Open to anyone only while nobody exists; afterwards it
 * sends the visitor to the login page.
 */
@Route(value = "setup", autoLayout = false)
@AnonymousAllowed
public class SetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField username = new TextField(getTranslation("people.field.username"));
    final TextField displayName = new TextField(getTranslation("people.field.display-name"));
    final PasswordField password = new PasswordField(getTranslation("account.new-password"));
    final PasswordField repeated = new PasswordField(getTranslation("account.repeat-password"));
    final Button create = new Button(getTranslation("setup.create"));

    private final FirstAdminSetup setup;

    SetupView(FirstAdminSetup setup) {
        this.setup = setup;
        addClassName("page");
        setAlignItems(Alignment.CENTER);
        InputLimit.apply(username, PeopleAdmin.MAX_USERNAME);
        InputLimit.apply(displayName, PeopleAdmin.MAX_DISPLAY_NAME);
        InputLimit.apply(password, PasswordRules.MAX_LENGTH);
        InputLimit.apply(repeated, PasswordRules.MAX_LENGTH);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        FormLayout form = new FormLayout(username, displayName, password, repeated);
        form.setMaxWidth("40em");
        add(
                new H1(getTranslation("setup.title")),
                new Paragraph(getTranslation("setup.help")),
                new Paragraph(getTranslation("account.rules", PasswordRules.MIN_LENGTH, PasswordRules.MAX_LENGTH)),
                form,
                create);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!setup.needed()) {
            event.forwardTo("login");
        }
    }

    private void create() {
        if (Errors.attempt(
                this,
                () -> setup.createFirstAdmin(
                        username.getValue(), displayName.getValue(), password.getValue(), repeated.getValue()))) {
            Errors.success(this, "setup.created", username.getValue());
            UI.getCurrent().navigate("login");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title");
    }
}
