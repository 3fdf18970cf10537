package com.reportflow.shared.ui;

import com.reportflow.shared.UserFacingException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sets every new UI to the chosen language (Simplified Chinese unless the person picked English) and turns
 * refusals into readable notifications instead of stack traces.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    static final String LOCALE_ATTRIBUTE = ChosenLanguage.SESSION_ATTRIBUTE;
    private static final Logger LOG = LoggerFactory.getLogger(UiSetup.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI()
                .setLocale(chosenLocale(ui.getUI().getSession())));
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(UiSetup::onError));
    }

    static Locale chosenLocale(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(LOCALE_ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : Translations.CHINESE;
    }

    private static void onError(ErrorEvent event) {
        UserFacingException refusal = find(event.getThrowable());
        if (refusal == null) {
            LOG.error("Unexpected error in the UI", event.getThrowable());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification n = Notification.show(
                        refusal != null ? Errors.message(ui, refusal) : ui.getTranslation("error.unexpected"),
                        6000,
                        Notification.Position.MIDDLE);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }

    private static UserFacingException find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof UserFacingException u) {
                return u;
            }
        }
        return null;
    }
}
