package com.reportflow.shared.ui;

import com.reportflow.shared.UserFacingException;
import com.vaadin.flow.component.UI;
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
        event.getSource().addUIInitListener(init -> {
            init.getUI().setLocale(chosenLocale(init.getUI().getSession()));
            OversizedInput.guard(init.getUI());
            connectionTexts(init.getUI());
        });
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(UiSetup::onError));
    }

    /**
     * The connection indicator Vaadin adds to every page speaks the person's language: its texts ("Online",
     * "Connection lost") are otherwise English, and the reconnecting one shows whenever the server is out of reach.
     */
    static void connectionTexts(UI ui) {
        String reconnecting = ui.getTranslation("connection.reconnecting");
        String lost = ui.getTranslation("connection.lost");
        ui.getReconnectDialogConfiguration().setDialogText(reconnecting);
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(lost);
        ui.getPage().executeJs("""
                        const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
                        if (indicator) {
                          indicator.onlineText = $0;
                          indicator.offlineText = $1;
                          indicator.reconnectingText = $2;
                        }""", ui.getTranslation("connection.online"), lost, reconnecting);
    }

    static Locale chosenLocale(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(LOCALE_ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : Translations.CHINESE;
    }

    private static void onError(ErrorEvent event) {
        if (ClientDisconnects.gone(event.getThrowable())) {
            // the person left while a file was on its way: nobody to tell, nothing wrong
            LOG.debug("The client went away: {}", event.getThrowable().toString());
            return;
        }
        UserFacingException refusal = find(event.getThrowable());
        boolean outage = refusal == null && DatabaseOutage.causes(event.getThrowable());
        if (outage) {
            LOG.warn("The database cannot be reached: {}", event.getThrowable().toString());
        } else if (refusal == null) {
            LOG.error("Unexpected error in the UI", event.getThrowable());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Errors.error(
                    refusal != null
                            ? Errors.message(ui, refusal)
                            : ui.getTranslation(outage ? "error.database.unreachable" : "error.unexpected")));
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
