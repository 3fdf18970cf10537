package com.reportflow.directory;

import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.InputLimit;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** 修改密码: everyone changes their own password here, and must after an admin has set a temporary one. */
@Menu(title = "menu.account.password", order = 14, icon = "vaadin:password")
@Route("account/password")
@PermitAll
public class PasswordView extends VerticalLayout implements HasDynamicTitle {

    final Paragraph mustChange = new Paragraph();
    final PasswordField current = new PasswordField(getTranslation("account.current-password"));
    final PasswordField password = new PasswordField(getTranslation("account.new-password"));
    final PasswordField repeated = new PasswordField(getTranslation("account.repeat-password"));
    final Button save = new Button(getTranslation("account.save"));

    private final AccountService account;

    PasswordView(AccountService account) {
        this.account = account;
        addClassName("page");
        mustChange.setText(getTranslation("account.must-change"));
        mustChange.addClassName("refusal");
        mustChange.setVisible(account.mustChangePassword());
        InputLimit.apply(current, PasswordRules.MAX_LENGTH);
        InputLimit.apply(password, PasswordRules.MAX_LENGTH);
        InputLimit.apply(repeated, PasswordRules.MAX_LENGTH);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        FormLayout form = new FormLayout(current, password, repeated);
        form.setMaxWidth("40em");
        add(
                new H2(getTranslation("menu.account.password")),
                mustChange,
                new Paragraph(getTranslation("account.rules", PasswordRules.MIN_LENGTH, PasswordRules.MAX_LENGTH)),
                form,
                save);
    }

    private void save() {
        if (Errors.attempt(
                this, () -> account.changePassword(current.getValue(), password.getValue(), repeated.getValue()))) {
            Errors.success(this, "account.changed");
            current.clear();
            password.clear();
            repeated.clear();
            mustChange.setVisible(false);
            UI.getCurrent().navigate("");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.account.password");
    }
}
