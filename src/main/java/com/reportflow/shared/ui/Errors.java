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

    /**
     * Runs an action; a refusal, or a database that cannot be reached, is shown as an error notification and
     * reported as false.
     */
    public static boolean attempt(Component context, Runnable action) {
        try {
            action.run();
            return true;
        } catch (UserFacingException e) {
            error(message(context, e));
            return false;
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causes(e)) {
                throw e;
            }
            error(context.getTranslation("error.database.unreachable"));
            return false;
        }
    }

    static void error(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(Component context, String key, Object... args) {
        Notification n = Notification.show(context.getTranslation(key, args), 4000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
