package com.reportflow.directory;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The login form as the browser posts it: session fixation protection, lockout, deactivation. */
@SpringBootTest
@ActiveProfiles("test")
class LoginSecurityTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    PeopleAdmin people;

    MockMvc mvc;
    PeopleFixtures fixtures;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        fixtures = new PeopleFixtures(people);
    }

    @Test
    void the_session_id_changes_when_a_person_signs_in() throws Exception {
        String username = fixtures.author();
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        MvcResult result = login(session, username, PeopleFixtures.PASSWORD);

        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("login");
        HttpSession after = result.getRequest().getSession(false);
        assertThat(after).isNotNull();
        assertThat(after.getId()).isNotEqualTo(before);
    }

    @Test
    void five_failed_sign_ins_lock_the_account_even_against_the_right_password_until_the_admin_lifts_it()
            throws Exception {
        String username = fixtures.author();
        for (int i = 1; i < 5; i++) {
            assertThat(redirect(username, "Wrong-Password-" + i)).isEqualTo("/login?error");
        }
        assertThat(redirect(username, "Wrong-Password-5")).isEqualTo("/login?locked");
        assertThat(redirect(username, PeopleFixtures.PASSWORD)).isEqualTo("/login?locked");
        Person locked = as("admin", () -> people.person(username));
        assertThat(locked.locked()).isTrue();
        assertThat(locked.lockedUntil()).isAfter(java.time.Instant.now().plusSeconds(14 * 60));

        as("admin", () -> people.unlock(username));

        assertThat(redirect(username, PeopleFixtures.PASSWORD)).doesNotContain("login");
        assertThat(as("admin", () -> people.person(username)).locked()).isFalse();
    }

    @Test
    void a_successful_sign_in_starts_the_count_afresh() throws Exception {
        String username = fixtures.author();
        for (int i = 0; i < 4; i++) {
            redirect(username, "Wrong-Password-" + i);
        }
        assertThat(redirect(username, PeopleFixtures.PASSWORD)).doesNotContain("login");
        for (int i = 0; i < 4; i++) {
            assertThat(redirect(username, "Wrong-Password-" + i)).isEqualTo("/login?error");
        }
        assertThat(as("admin", () -> people.person(username)).locked()).isFalse();
    }

    @Test
    void an_unknown_name_is_answered_like_a_known_one_locked_after_as_many_tries() throws Exception {
        String unknown = fixtures.username();
        for (int i = 1; i < 5; i++) {
            assertThat(redirect(unknown, "Wrong-Password-" + i)).isEqualTo("/login?error");
        }
        assertThat(redirect(unknown, "Wrong-Password-5")).isEqualTo("/login?locked");
        assertThat(redirect(unknown, "Wrong-Password-6")).isEqualTo("/login?locked");
    }

    @Test
    void a_deactivated_person_cannot_sign_in_and_a_reactivated_one_can() throws Exception {
        String username = fixtures.author();
        as("admin", () -> people.deactivate(username));

        assertThat(redirect(username, PeopleFixtures.PASSWORD)).isEqualTo("/login?error");

        as("admin", () -> people.reactivate(username));
        assertThat(redirect(username, PeopleFixtures.PASSWORD)).doesNotContain("login");
    }

    private String redirect(String username, String password) throws Exception {
        return login(new MockHttpSession(), username, password).getResponse().getRedirectedUrl();
    }

    private MvcResult login(MockHttpSession session, String username, String password) throws Exception {
        return mvc.perform(post("/login")
                        .session(session)
                        .param("username", username)
                        .param("password", password)
                        .with(csrf()))
                .andReturn();
    }
}
