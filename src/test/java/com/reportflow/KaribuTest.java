package com.reportflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.reportflow.shared.ui.AccessDeniedView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Browserless view tests: the real Spring context and services, Vaadin mocked by Karibu-Testing. Sign in with
 * {@link #login(String)} before navigating; route access annotations are enforced as in the app.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("com.reportflow");
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        TestUsers.signOut();
    }

    /** Signs in as a demo user for the rest of the test, as the browser session would be. */
    /** The person may not open what they navigated to: the refusal screen answers inside the frame instead. */
    protected static void assertRefused(Runnable navigation) {
        navigation.run();
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
    }

    protected void login(String username) {
        TestUsers.signIn(username);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        var user = context.getBean(com.reportflow.directory.Directory.class)
                .actor(username)
                .orElseThrow();
        FakeRequest request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) ->
                user.roles().stream().anyMatch(r -> r.name().equals(role)));
        UI.getCurrent().getPage().reload();
    }
}
