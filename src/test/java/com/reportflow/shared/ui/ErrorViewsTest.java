package com.reportflow.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

/**
 * A screen the role may not open is answered inside the app's frame in the UI language. (Karibu rethrows a missing
 * route instead of showing its error view, so {@link NotFoundView} is not covered here.)
 */
class ErrorViewsTest extends KaribuTest {

    @Test
    void an_author_opening_the_admins_people_screen_sees_access_denied_inside_the_frame() {
        login("author");
        UI.getCurrent().navigate("admin/users");

        AccessDeniedView view = _get(AccessDeniedView.class);
        assertThat(view.title.getText()).isEqualTo("无权访问");
        assertThat(view.findAncestor(MainLayout.class)).isNotNull();
    }

    @Test
    void in_english_the_refusal_reads_access_denied() {
        login("author");
        UI.getCurrent().setLocale(Translations.ENGLISH);
        UI.getCurrent().navigate("admin/users");

        assertThat(_get(AccessDeniedView.class).title.getText()).isEqualTo("Access denied");
    }
}
