package com.reportflow.directory;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The query parameter the failure handler adds when sign-in is refused because of too many failed tries. */
    static final String LOCKED = "locked";

    final LoginForm login = new LoginForm();

    private final FirstAdminSetup setup;
    private final LoginI18n i18n = LoginI18n.createDefault();

    LoginView(FirstAdminSetup setup) {
        this.setup = setup;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        login.setI18n(i18n);
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");

        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.tagline")), login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (setup.needed()) {
            event.forwardTo("setup");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        // Said alike for every name, known or not: the lockout counts unknown names too.
        boolean locked = parameters.containsKey(LOCKED);
        i18n.getErrorMessage().setTitle(getTranslation(locked ? "login.locked.title" : "login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation(locked ? "login.locked.message" : "login.error.message"));
        login.setI18n(i18n);
        login.setError(locked || parameters.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
