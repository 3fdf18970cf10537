package com.reportflow.shared.ui;

import com.reportflow.shared.UserFacingException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Shows refusals and successes to the person, in their language. */
public final class Errors {

    private Errors() {}

    public static String message(Component context, UserFacingException e) {
        return context.getTranslation(e.messageKey(), e.args());
    }

    /** Runs an action; a refusal is shown as an error notification and reported as false. */
    public static boolean attempt(Component context, Runnable action) {
        try {
            action.run();
            return true;
        } catch (UserFacingException e) {
            Notification n = Notification.show(message(context, e), 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    public static void success(Component context, String key, Object... args) {
        Notification n = Notification.show(context.getTranslation(key, args), 4000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
