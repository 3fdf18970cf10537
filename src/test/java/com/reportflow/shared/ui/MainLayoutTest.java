package com.reportflow.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every screen a role needs is reachable from the menu, and only those. */
class MainLayoutTest extends KaribuTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            coordinator | ,done,notifications,reports,reports/new,templates,templates/import,monitoring,account/password
            author      | ,done,notifications,account/password
            officehead  | ,done,notifications,account/password
            advisor     | ,done,notifications,reports,account/password
            secretary   | ,done,notifications,reports,account/password
            director    | ,done,notifications,reports,account/password
            admin       | ,done,notifications,reports,monitoring,admin/calendar,admin/audit,admin/users,admin/offices,admin/roles,account/password
            """)
    void the_menu_offers_each_role_its_screens(String user, String paths) {
        login(user);
        UI.getCurrent().navigate("");
        MainLayout layout = _get(MainLayout.class);
        List<String> offered =
                layout.menu.getItems().stream().map(SideNavItem::getPath).toList();
        assertThat(offered).containsExactly(paths.split(",", -1));
        for (String path : offered) {
            UI.getCurrent().navigate(path);
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                    .isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"author", "admin"})
    void the_language_switch_turns_the_screens_into_english_and_back(String user) {
        login(user);
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(_get(MainLayout.class).menu.getItems().getFirst().getLabel()).isEqualTo("待办");

        _get(Button.class, spec -> spec.withId("language-switch")).click();
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(_get(MainLayout.class).menu.getItems().getFirst().getLabel()).isEqualTo("Inbox");

        _get(Button.class, spec -> spec.withId("language-switch")).click();
        assertThat(_get(MainLayout.class).menu.getItems().getFirst().getLabel()).isEqualTo("待办");
    }

    @Test
    void polling_does_not_keep_an_idle_session_alive_but_the_persons_own_navigation_does() {
        login("author");
        UI.getCurrent().navigate("");
        MainLayout layout = _get(MainLayout.class);
        assertThat(layout.idleTooLong()).isFalse();

        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(MainLayout.LAST_ACTIVITY, Instant.now().minus(Duration.ofMinutes(31)));
        layout.notifyWhenNew();
        assertThat(layout.idleTooLong())
                .as("a poll is not the person's activity")
                .isTrue();

        session.setAttribute(MainLayout.LAST_ACTIVITY, Instant.now().minus(Duration.ofMinutes(29)));
        assertThat(layout.idleTooLong()).isFalse();

        session.setAttribute(MainLayout.LAST_ACTIVITY, Instant.now().minus(Duration.ofMinutes(31)));
        UI.getCurrent().navigate("done");
        assertThat(_get(MainLayout.class).idleTooLong())
                .as("navigating is activity")
                .isFalse();
    }
}
