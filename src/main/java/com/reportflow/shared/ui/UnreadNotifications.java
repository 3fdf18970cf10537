package com.reportflow.shared.ui;

/**
 * How many unread notifications the signed-in person has, for the menu. The notification feature answers; the
 * frame asks through this interface so that it does not depend on a feature whose screens sit inside it.
 */
public interface UnreadNotifications {

    long unreadCount();

    /** The kind (its enum name) of the person's newest unread notification, if any: the toast names it. */
    java.util.Optional<String> newestUnreadKind();
}
