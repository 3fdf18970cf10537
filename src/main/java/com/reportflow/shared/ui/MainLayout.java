package com.reportflow.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;

/**
 * The frame around every signed-in screen: the menu, built from the views' {@code @Menu} and filtered by their access
 * annotations, with the count of unread notifications; the
 * language switch and sign-out. The browser polls every few seconds, so a new notification (an urge, above all)
 * shows at once as a toast and in the count, without a reload. Polling rather than server push: it needs nothing
 * beyond the prebuilt bundle, passes Spring Security like any request, and costs one count query per poll.
 * Polls would keep the session alive for ever, so the frame keeps the time of the person's own last click, key or
 * navigation (in any tab of the session) and signs the session out at the first poll after the idle limit
 * ({@code server.servlet.session.timeout}).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    final SideNav menu = new SideNav();
    /** The menu's notifications item, whose label carries the unread count. */
    final SideNavItem notifications = new SideNavItem("");

    private static final String NOTIFICATIONS_PATH = "notifications";

    /** How often the browser asks for new notifications. */
    static final int POLL_MILLIS = 10_000;

    /** At most one activity report per this many milliseconds per kind of event: enough to tell idleness. */
    static final int ACTIVITY_THROTTLE_MILLIS = 30_000;

    static final String LAST_ACTIVITY = "reportflow.last-activity";

    private final UnreadNotifications unread;
    private final AuthenticationContext authentication;
    private final Clock clock;
    private final Duration idleLimit;
    private long shownUnread = -1;
    private Registration polling;

    MainLayout(
            SignedInPerson person,
            AuthenticationContext authentication,
            UnreadNotifications unread,
            Clock clock,
            @Value("${server.servlet.session.timeout:30m}") Duration idleLimit) {
        this.unread = unread;
        this.authentication = authentication;
        this.clock = clock;
        this.idleLimit = idleLimit;
        setPrimarySection(Section.DRAWER);

        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("app-name");
        addToDrawer(new VerticalLayout(appName), menu);

        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entry.path().equals("/" + NOTIFICATIONS_PATH) ? notifications : new SideNavItem("");
            item.setLabel(getTranslation(entry.title()));
            item.setPath(entry.path().startsWith("/") ? entry.path().substring(1) : entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            menu.addItem(item);
        }
        showUnreadCount();
        Anchor publicPage = new Anchor("/public/reports", getTranslation("menu.public"));
        publicPage.setTarget("_blank");
        publicPage.setRouterIgnore(true);
        publicPage.addClassName("public-link");
        addToDrawer(publicPage);

        Span who = new Span(person.headerLabel());
        who.addClassName("current-user");
        boolean english =
                "en".equals(UiSetup.chosenLocale(VaadinSession.getCurrent()).getLanguage());
        Button language = new Button(
                english ? "中文" : "English", e -> switchTo(english ? Translations.CHINESE : Translations.ENGLISH));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language-switch");
        Button logout =
                new Button(getTranslation("menu.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), who, language, logout);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(who);
        header.addClassName("app-header");
        addToNavbar(header);
    }

    /** Shows the unread count afresh, for a screen inside the frame that has just changed it. */
    public static void countsChanged(Component inside) {
        MainLayout layout = inside.findAncestor(MainLayout.class);
        if (layout != null) {
            layout.showUnreadCount();
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        markActive();
        showUnreadCount();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        markActive();
        getElement().addEventListener("click", e -> markActive()).throttle(ACTIVITY_THROTTLE_MILLIS);
        getElement().addEventListener("keydown", e -> markActive()).throttle(ACTIVITY_THROTTLE_MILLIS);
        event.getUI().setPollInterval(POLL_MILLIS);
        polling = event.getUI().addPollListener(e -> onPoll());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    void onPoll() {
        if (idleTooLong()) {
            UI.getCurrent().setPollInterval(-1);
            authentication.logout();
            return;
        }
        notifyWhenNew();
    }

    /** Whether the person has not clicked, typed or navigated in any tab of the session for the idle limit. */
    boolean idleTooLong() {
        VaadinSession session = VaadinSession.getCurrent();
        Object last = session == null ? null : session.getAttribute(LAST_ACTIVITY);
        return last instanceof Instant at
                && Duration.between(at, clock.instant()).compareTo(idleLimit) >= 0;
    }

    private void markActive() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(LAST_ACTIVITY, clock.instant());
        }
    }

    /** On each poll: a toast when the unread count has grown since it was last shown, and the count afresh. */
    void notifyWhenNew() {
        long before = shownUnread;
        showUnreadCount();
        if (before >= 0 && shownUnread > before) {
            unread.newestUnreadKind().ifPresent(kind -> {
                Notification toast = Notification.show(
                        getTranslation("notification.new", getTranslation("notification.kind." + kind), shownUnread),
                        8000,
                        Notification.Position.TOP_END);
                toast.addThemeVariants(NotificationVariant.LUMO_WARNING);
                toast.addClassName("new-notification");
            });
        }
    }

    private void showUnreadCount() {
        long count;
        try {
            count = unread.unreadCount();
        } catch (RuntimeException failure) {
            // The frame stays usable while the database is gone: the screen inside it says so, the count waits.
            if (!DatabaseOutage.causes(failure)) {
                throw failure;
            }
            return;
        }
        shownUnread = count;
        notifications.setLabel(
                count == 0 ? getTranslation("menu.notifications") : getTranslation("menu.notifications.unread", count));
    }

    private static void switchTo(Locale locale) {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(UiSetup.LOCALE_ATTRIBUTE, locale);
        // Pages served outside Vaadin (a refused download, an error page) read it from the HTTP session.
        session.getSession().setAttribute(ChosenLanguage.SESSION_ATTRIBUTE, locale);
        UI.getCurrent().getPage().reload();
    }
}
