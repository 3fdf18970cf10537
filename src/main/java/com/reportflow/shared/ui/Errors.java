package com.reportflow.shared.ui;

import com.reportflow.shared.UserFacingException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
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

    /**
     * Shows an error, unless the same one is still on screen: one click may fail twice (an autosave and the click's
     * own save in one request), and the person needs to read it once.
     */
    static void error(String text) {
        UI ui = UI.getCurrent();
        ShownError shown = ui == null ? null : ComponentUtil.getData(ui, ShownError.class);
        if (shown != null && shown.text().equals(text) && shown.notification().isOpened()) {
            return;
        }
        Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        if (ui != null) {
            ComponentUtil.setData(ui, ShownError.class, new ShownError(text, n));
        }
    }

    private record ShownError(String text, Notification notification) {}

    public static void success(Component context, String key, Object... args) {
        Notification n = Notification.show(context.getTranslation(key, args), 4000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
