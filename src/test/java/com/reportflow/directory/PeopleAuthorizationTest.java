package com.reportflow.directory;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.AuditEvent;
import com.reportflow.shared.InvalidInputException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Every admin operation on people and offices, by every demo role but the admin: refused, nothing changed. */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleAuthorizationTest {

    static final List<String> NOT_ADMIN = List.of(
            "coordinator",
            "author",
            "author2",
            "officehead",
            "hr",
            "inspector",
            "policy",
            "advisor",
            "secretary",
            "director");

    @Autowired
    PeopleAdmin people;

    @Autowired
    Directory directory;

    @Autowired
    ApplicationEvents events;

    long office;
    String person;

    @BeforeAll
    void data() {
        PeopleFixtures fixtures = new PeopleFixtures(people);
        office = fixtures.office();
        person = fixtures.author(office);
    }

    static List<String> notAdmin() {
        return NOT_ADMIN;
    }

    @ParameterizedTest
    @MethodSource("notAdmin")
    void nobody_but_the_admin_reads_people_offices_or_roles(String user) {
        refused(user, () -> people.people(PersonFilter.ALL, 0, 10));
        refused(user, () -> people.countPeople(PersonFilter.ALL));
        refused(user, () -> people.person(person));
        refused(user, () -> people.person(user));
        refused(user, () -> people.heldTasks(person));
        refused(user, () -> people.offices());
        refused(user, () -> people.roles());
    }

    @ParameterizedTest
    @MethodSource("notAdmin")
    void nobody_but_the_admin_changes_a_person_and_nothing_changes(String user) {
        Actor before = directory.actor(person).orElseThrow();
        String created = user + ".forged";

        refused(
                user,
                () -> people.create(new PersonForm(created, "冒名", null, null, Set.of(Role.ADMIN)), "Strong-Pass-2026"));
        refused(user, () -> people.update(person, new PersonForm(null, "改", null, null, Set.of(Role.ADMIN))));
        refused(user, () -> people.update(user, new PersonForm(null, "改", null, null, Set.of(Role.ADMIN))));
        refused(user, () -> people.deactivate(person));
        refused(user, () -> people.deactivate("admin"));
        refused(user, () -> people.reactivate(person));
        refused(user, () -> people.resetPassword(person, "Strong-Pass-2026"));
        refused(user, () -> people.resetPassword("admin", null));
        refused(user, () -> people.unlock(person));

        assertThat(directory.actor(person)).contains(before);
        assertThat(directory.actor(created)).isEmpty();
        assertThat(directory.actor(user).orElseThrow().roles()).doesNotContain(Role.ADMIN);
        assertThat(events.stream(AuditEvent.class)
                        .filter(e -> e.outcome() == AuditEvent.Outcome.REFUSED)
                        .filter(e -> user.equals(e.actor())))
                .isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("notAdmin")
    void nobody_but_the_admin_changes_an_office_and_nothing_changes(String user) {
        String code = "F" + Integer.toString(user.hashCode() & 0xffff, 36).toUpperCase();

        refused(user, () -> people.createOffice(code, "冒名科室"));
        refused(user, () -> people.renameOffice(office, "改名"));
        refused(user, () -> people.deactivateOffice(office));

        assertThat(directory.officeByCode(code)).isEmpty();
        Office unchanged = directory.office(office).orElseThrow();
        assertThat(unchanged.getName()).startsWith("测试科室");
        assertThat(unchanged.isActive()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nobody", "ADMIN", "admin ", "admin\u0000", "<script>x</script>", ""})
    void a_forged_username_is_refused_with_a_clear_message(String forged) {
        for (Runnable operation : List.<Runnable>of(
                () -> people.person(forged),
                () -> people.heldTasks(forged),
                () -> people.update(forged, new PersonForm(null, "名", null, null, Set.of(Role.ADMIN))),
                () -> people.deactivate(forged),
                () -> people.reactivate(forged),
                () -> people.resetPassword(forged, null),
                () -> people.unlock(forged))) {
            assertThatThrownBy(() -> as("admin", operation))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("error.people.no-such-user");
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 0, Long.MAX_VALUE})
    void a_forged_office_id_is_refused_with_a_clear_message(long forged) {
        assertThatThrownBy(() -> as("admin", () -> people.renameOffice(forged, "名")))
                .hasMessageStartingWith("error.people.no-such-office");
        assertThatThrownBy(() -> as("admin", () -> people.deactivateOffice(forged)))
                .hasMessageStartingWith("error.people.no-such-office");
        assertThatThrownBy(() -> as(
                        "admin",
                        () -> people.update(person, new PersonForm(null, "名", null, forged, Set.of(Role.AUTHOR)))))
                .hasMessageStartingWith("error.people.no-such-office");
        assertThat(directory.actor(person).orElseThrow().officeId()).isEqualTo(office);
    }

    private static void refused(String user, Runnable operation) {
        assertThatThrownBy(() -> as(user, operation)).isInstanceOf(AccessDeniedException.class);
    }
}
