package com.reportflow.shared.ui;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The frame around every signed-in screen: the menu, filtered by role, with the count of unread notifications; the
 * language switch and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    final SideNav menu = new SideNav();
    final SideNavItem notifications = new SideNavItem("", "notifications", VaadinIcon.BELL_O.create());

    private final UnreadNotifications unread;

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, UnreadNotifications unread) {
        this.unread = unread;
        Actor actor = currentUser.require();
        setPrimarySection(Section.DRAWER);

        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("app-name");
        addToDrawer(new VerticalLayout(appName), menu);

        menu.addItem(new SideNavItem(getTranslation("menu.inbox"), "", VaadinIcon.INBOX.create()));
        menu.addItem(new SideNavItem(getTranslation("menu.done"), "done", VaadinIcon.CHECK_SQUARE_O.create()));
        menu.addItem(notifications);
        showUnreadCount();
        if (actor.roles().stream().anyMatch(r -> r != Role.AUTHOR && r != Role.OFFICE_HEAD)) {
            menu.addItem(new SideNavItem(getTranslation("menu.reports"), "reports", VaadinIcon.BOOK.create()));
        }
        if (actor.has(Role.COORDINATOR)) {
            menu.addItem(new SideNavItem(
                    getTranslation("menu.new-report"), "reports/new", VaadinIcon.PLUS_CIRCLE_O.create()));
            menu.addItem(new SideNavItem(getTranslation("menu.templates"), "templates", VaadinIcon.FILE_TREE.create()));
            menu.addItem(
                    new SideNavItem(getTranslation("menu.import"), "templates/import", VaadinIcon.UPLOAD_ALT.create()));
        }
        if (actor.has(Role.ADMIN) || actor.has(Role.COORDINATOR)) {
            menu.addItem(
                    new SideNavItem(getTranslation("menu.monitoring"), "monitoring", VaadinIcon.DASHBOARD.create()));
        }
        if (actor.has(Role.ADMIN)) {
            menu.addItem(
                    new SideNavItem(getTranslation("menu.calendar"), "admin/calendar", VaadinIcon.CALENDAR.create()));
            menu.addItem(new SideNavItem(getTranslation("menu.audit"), "admin/audit", VaadinIcon.RECORDS.create()));
        }
        Anchor publicPage = new Anchor("/public/reports", getTranslation("menu.public"));
        publicPage.setTarget("_blank");
        publicPage.setRouterIgnore(true);
        publicPage.addClassName("public-link");
        addToDrawer(publicPage);

        Span who = new Span(actor.displayName() + (actor.officeName() == null ? "" : " · " + actor.officeName()));
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
        showUnreadCount();
    }

    private void showUnreadCount() {
        long count = unread.unreadCount();
        notifications.setLabel(
                count == 0 ? getTranslation("menu.notifications") : getTranslation("menu.notifications.unread", count));
    }

    private static void switchTo(Locale locale) {
        VaadinSession.getCurrent().setAttribute(UiSetup.LOCALE_ATTRIBUTE, locale);
        UI.getCurrent().getPage().reload();
    }
}
