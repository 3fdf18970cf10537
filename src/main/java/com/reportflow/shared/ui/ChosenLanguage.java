package com.reportflow.shared.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;

/**
 * The language a person picked with the header's switch, kept in the HTTP session so that pages served outside
 * Vaadin (a refused download, an error page) answer in it too. Simplified Chinese until English is picked.
 */
public final class ChosenLanguage {

    static final String SESSION_ATTRIBUTE = "reportflow.locale";

    private ChosenLanguage() {}

    public static Locale of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : Translations.CHINESE;
    }
}
