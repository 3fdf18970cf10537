package com.reportflow.directory;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.shared.AuditEvent;
import com.reportflow.shared.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class AccountServiceTest {

    @Autowired
    AccountService account;

    @Autowired
    PeopleAdmin people;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ApplicationEvents events;

    String username;

    @BeforeEach
    void person() {
        username = new PeopleFixtures(people).author();
    }

    @Test
    void a_person_replaces_the_temporary_password_and_need_not_change_it_again() {
        assertThat(as(username, () -> account.mustChangePassword())).isTrue();

        as(username, () -> account.changePassword(PeopleFixtures.PASSWORD, "My-Own-Secret-9", "My-Own-Secret-9"));

        assertThat(as(username, () -> account.mustChangePassword())).isFalse();
        assertThat(passwordEncoder.matches(
                        "My-Own-Secret-9",
                        users.findByUsername(username).orElseThrow().getPasswordHash()))
                .isTrue();
        assertThat(events.stream(AuditEvent.class))
                .anyMatch(e -> e.action().equals("PASSWORD_CHANGED")
                        && e.outcome() == AuditEvent.Outcome.DONE
                        && e.target().equals("user:" + username));
    }

    @Test
    void the_current_password_is_required_and_each_rule_has_its_message() {
        refused(null, "My-Own-Secret-9", "My-Own-Secret-9", "error.password.current-wrong");
        refused("", "My-Own-Secret-9", "My-Own-Secret-9", "error.password.current-wrong");
        refused("Wrong-Password-1", "My-Own-Secret-9", "My-Own-Secret-9", "error.password.current-wrong");
        refused("x".repeat(10_000), "My-Own-Secret-9", "My-Own-Secret-9", "error.password.current-wrong");
        refused(PeopleFixtures.PASSWORD, "", "", "error.password.required");
        refused(PeopleFixtures.PASSWORD, "Short-1", "Short-1", "error.password.too-short");
        refused(PeopleFixtures.PASSWORD, "onlylowercase", "onlylowercase", "error.password.too-simple");
        refused(PeopleFixtures.PASSWORD, "Aa1-" + username, "Aa1-" + username, "error.password.contains-username");
        refused(PeopleFixtures.PASSWORD, "Ab1!".repeat(40), "Ab1!".repeat(40), "error.password.too-long");
        refused(
                PeopleFixtures.PASSWORD,
                "My-Own\u0000Secret9",
                "My-Own\u0000Secret9",
                "error.password.control-characters");
        refused(PeopleFixtures.PASSWORD, "My-Own-Secret-9", "My-Own-Secret-8", "error.password.repeat-differs");
        refused(
                PeopleFixtures.PASSWORD,
                PeopleFixtures.PASSWORD,
                PeopleFixtures.PASSWORD,
                "error.password.same-as-current");

        assertThat(passwordEncoder.matches(
                        PeopleFixtures.PASSWORD,
                        users.findByUsername(username).orElseThrow().getPasswordHash()))
                .isTrue();
        assertThat(as(username, () -> account.mustChangePassword())).isTrue();
    }

    private void refused(String current, String password, String repeated, String key) {
        assertThatThrownBy(() -> as(username, () -> account.changePassword(current, password, repeated)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo(key);
    }
}
