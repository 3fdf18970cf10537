package com.reportflow.shared.ui;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page that answers a request outside Vaadin that cannot be served (a missing public page, a refused or missing
 * download, a failure) in place of Spring's English Whitelabel page or JSON: a title and a sentence in the person's
 * language, in the public site's plain style, with a way back — to the public catalogue from the public site, to
 * the inbox from anywhere else.
 */
@Component
public class ErrorPages implements ErrorViewResolver {

    static final String TEMPLATE = "public/error";

    private final Translations translations;

    ErrorPages(Translations translations) {
        this.translations = translations;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return page(request, status, null);
    }

    /**
     * The page for this status; {@code messageKey} says why in the person's words (null: the status's own sentence).
     */
    public ModelAndView page(HttpServletRequest request, HttpStatus status, String messageKey, Object... args) {
        Locale locale = ChosenLanguage.of(request);
        String kind =
                switch (status) {
                    case NOT_FOUND -> "not-found";
                    case FORBIDDEN -> "forbidden";
                    case CONFLICT -> "conflict";
                    default -> "failed";
                };
        String key = messageKey != null ? messageKey : "error.page." + kind + ".message";
        boolean publicSite = path(request).startsWith("/public");
        ModelAndView page = new ModelAndView(TEMPLATE, status);
        page.addObject("lang", "en".equals(locale.getLanguage()) ? "en" : "zh-CN");
        page.addObject("site", text("error.page.site." + (publicSite ? "public" : "app"), locale));
        page.addObject("title", text("error.page." + kind + ".title", locale));
        page.addObject("message", translations.getTranslation(key, locale, args));
        page.addObject("backHref", publicSite ? "/public/reports" : "/");
        page.addObject("backText", text("error.page.back." + (publicSite ? "public" : "app"), locale));
        return page;
    }

    private String text(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }

    /** The path the person asked for, also on the error dispatch that renders this page. */
    private static String path(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String s ? s : request.getRequestURI();
        return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    }
}
