package com.reportflow.directory;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.TestReports;
import com.reportflow.drafting.DraftingService;
import com.reportflow.planning.ReportPlanning;
import com.reportflow.report.ReportQueries;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.AuditEvent;
import com.reportflow.shared.UserFacingException;
import java.util.List;
import java.util.Set;
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
class PeopleAdminTest {

    @Autowired
    PeopleAdmin people;

    @Autowired
    Directory directory;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ReportPlanning planning;

    @Autowired
    ReportQueries queries;

    @Autowired
    DraftingService drafting;

    @Autowired
    ApplicationEvents events;

    PeopleFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PeopleFixtures(people);
    }

    @Test
    void the_admin_creates_a_person_who_must_change_the_temporary_password() {
        long office = fixtures.office();
        String username = fixtures.username();

        String password = as(
                "admin",
                () -> people.create(
                        new PersonForm(username, "新同事", " new@bureau.example ", office, Set.of(Role.AUTHOR)), ""));

        Person person = as("admin", () -> people.person(username));
        assertThat(person.displayName()).isEqualTo("新同事");
        assertThat(person.email()).isEqualTo("new@bureau.example");
        assertThat(person.officeId()).isEqualTo(office);
        assertThat(person.roles()).containsExactly(Role.AUTHOR);
        assertThat(person.active()).isTrue();
        assertThat(person.mustChangePassword()).isTrue();
        assertThat(password).hasSize(16);
        assertThat(passwordEncoder.matches(
                        password, users.findByUsername(username).orElseThrow().getPasswordHash()))
                .isTrue();
        assertThat(audit("USER_CREATED")).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.target()).isEqualTo("user:" + username);
        });
    }

    @Test
    void people_are_listed_by_name_office_role_and_status() {
        long office = fixtures.office();
        String first = fixtures.author(office);
        String second = fixtures.author(office);
        as("admin", () -> people.deactivate(second));

        assertThat(as("admin", () -> people.people(new PersonFilter(null, office, null, null), 0, 50)))
                .extracting(Person::username)
                .containsExactly(first, second);
        assertThat(as("admin", () -> people.people(new PersonFilter(null, office, null, true), 0, 50)))
                .extracting(Person::username)
                .containsExactly(first);
        assertThat(as("admin", () -> people.people(new PersonFilter(null, office, null, false), 0, 50)))
                .extracting(Person::username)
                .containsExactly(second);
        assertThat(as("admin", () -> people.people(new PersonFilter(first.toUpperCase(), null, null, null), 0, 50)))
                .extracting(Person::username)
                .containsExactly(first);
        assertThat(as("admin", () -> people.people(new PersonFilter("系统管理员", null, Role.ADMIN, null), 0, 50)))
                .extracting(Person::username)
                .contains("admin");
        assertThat(as("admin", () -> people.countPeople(new PersonFilter(null, office, Role.DIRECTOR, null))))
                .isZero();
    }

    @Test
    void an_edit_changes_name_mail_and_roles_and_a_new_office_is_recorded_as_a_move() {
        long office = fixtures.office();
        long other = fixtures.office();
        String username = fixtures.author(office);

        as(
                "admin",
                () -> people.update(
                        username,
                        new PersonForm(null, "改名后", "x@bureau.example", other, Set.of(Role.AUTHOR, Role.OFFICE_HEAD))));

        Actor actor = directory.actor(username).orElseThrow();
        assertThat(actor.displayName()).isEqualTo("改名后");
        assertThat(actor.officeId()).isEqualTo(other);
        assertThat(actor.roles()).containsExactlyInAnyOrder(Role.AUTHOR, Role.OFFICE_HEAD);
        assertThat(audit("USER_UPDATED")).anyMatch(e -> e.target().equals("user:" + username));
        assertThat(audit("USER_MOVED"))
                .anyMatch(e -> e.target().equals("user:" + username)
                        && e.detail()
                                .endsWith(directory.office(other).orElseThrow().getCode()));
    }

    @Test
    void a_deactivated_person_loses_access_at_once_and_gets_it_back_when_reactivated() {
        String username = fixtures.author();
        assertThat(as(username, () -> currentUser.require().username())).isEqualTo(username);

        as("admin", () -> people.deactivate(username));

        assertThatThrownBy(() -> as(username, () -> currentUser.require())).isInstanceOf(AccessDeniedException.class);
        assertThat(directory.actor(username)).isEmpty();
        assertThat(audit("USER_DEACTIVATED")).anyMatch(e -> e.target().equals("user:" + username));
        assertThatThrownBy(() -> as("admin", () -> people.deactivate(username)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("error.people.already-inactive");

        as("admin", () -> people.reactivate(username));

        assertThat(as(username, () -> currentUser.require().username())).isEqualTo(username);
        assertThat(audit("USER_REACTIVATED")).anyMatch(e -> e.target().equals("user:" + username));
    }

    @Test
    void the_admin_cannot_deactivate_themselves_nor_take_the_admin_role_from_the_last_admin() {
        assertThatThrownBy(() -> as("admin", () -> people.deactivate("admin")))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("error.people.deactivate-self");
        assertThatThrownBy(() -> as(
                        "admin",
                        () -> people.update(
                                "admin", new PersonForm(null, "系统管理员", null, null, Set.of(Role.COORDINATOR)))))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("error.people.last-admin-role");
        assertThat(directory.actor("admin").orElseThrow().roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void a_second_admin_may_be_deactivated_but_then_the_first_is_the_last_again() {
        String second = fixtures.username();
        as("admin", () -> people.create(new PersonForm(second, "第二管理员", null, null, Set.of(Role.ADMIN)), null));
        try {
            assertThatThrownBy(() -> as(second, () -> people.deactivate(second)))
                    .hasMessageStartingWith("error.people.deactivate-self");
            as("admin", () -> people.update(second, new PersonForm(null, "第二管理员", null, null, Set.of(Role.ADMIN))));
        } finally {
            as("admin", () -> people.deactivate(second));
        }
        assertThatThrownBy(() -> as(second, () -> people.person("admin"))).isInstanceOf(AccessDeniedException.class);
        assertThat(as("admin", () -> people.roles()).stream()
                        .filter(r -> r.role() == Role.ADMIN)
                        .findFirst()
                        .orElseThrow()
                        .holders())
                .containsExactly("系统管理员 (admin)");
    }

    @Test
    void a_password_reset_sets_a_temporary_password_the_person_must_change_and_lifts_a_lock() {
        String username = fixtures.author();
        AppUser user = users.findByUsername(username).orElseThrow();
        String chosen = "Handed-Over-2026";

        String set = as("admin", () -> people.resetPassword(username, chosen));
        String generated = as("admin", () -> people.resetPassword(username, null));

        assertThat(set).isEqualTo(chosen);
        assertThat(generated).isNotEqualTo(chosen);
        AppUser after = users.findByUsername(username).orElseThrow();
        assertThat(passwordEncoder.matches(generated, after.getPasswordHash())).isTrue();
        assertThat(after.isMustChangePassword()).isTrue();
        assertThat(after.getPasswordChangedAt()).isAfterOrEqualTo(user.getPasswordChangedAt());
        assertThat(audit("PASSWORD_RESET"))
                .filteredOn(e -> e.target().equals("user:" + username))
                .hasSize(2);
        assertThatThrownBy(() -> as("admin", () -> people.resetPassword(username, "weak")))
                .hasMessageStartingWith("error.password.too-short");
    }

    @Test
    void a_moved_person_keeps_the_tasks_they_hold_and_the_admin_sees_them_with_section_and_step() {
        long office = fixtures.office();
        String code = directory.office(office).orElseThrow().getCode();
        String username = fixtures.author(office);
        long report = TestReports.start(planning, directory, code, false);
        long section = as("coordinator", () -> queries.document(report)).entries().stream()
                .filter(entry -> entry.assigned())
                .findFirst()
                .orElseThrow()
                .sectionId();
        as(username, () -> drafting.take(section));

        as(
                "admin",
                () -> people.update(
                        username, new PersonForm(null, "测试人员", null, fixtures.office(), Set.of(Role.AUTHOR))));

        List<HeldTask> held = as("admin", () -> people.heldTasks(username));
        assertThat(held).singleElement().satisfies(task -> {
            assertThat(task.sectionId()).isEqualTo(section);
            assertThat(task.reportId()).isEqualTo(report);
            assertThat(task.stepKey()).isEqualTo("draftSection");
            assertThat(task.subject()).isNotBlank();
        });
        assertThatThrownBy(() -> as("admin", () -> people.deactivateOffice(office)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("error.people.office-has-open-sections");
        assertThat(as("admin", () -> people.offices()))
                .filteredOn(o -> o.id() == office)
                .singleElement()
                .satisfies(o -> assertThat(o.active()).isTrue());
    }

    @Test
    void offices_are_created_renamed_and_deactivated_but_their_code_never_changes() {
        String code = fixtures.officeCode();
        long office = as("admin", () -> people.createOffice(code, "法制科"));

        as("admin", () -> people.renameOffice(office, "法制审核科"));
        as("admin", () -> people.deactivateOffice(office));

        OfficeRow row = as("admin", () -> people.offices()).stream()
                .filter(o -> o.id() == office)
                .findFirst()
                .orElseThrow();
        assertThat(row.code()).isEqualTo(code);
        assertThat(row.name()).isEqualTo("法制审核科");
        assertThat(row.active()).isFalse();
        assertThat(audit("OFFICE_CREATED")).anyMatch(e -> e.target().equals("office:" + code));
        assertThat(audit("OFFICE_RENAMED")).anyMatch(e -> e.detail().equals("法制科 -> 法制审核科"));
        assertThat(audit("OFFICE_DEACTIVATED")).anyMatch(e -> e.target().equals("office:" + code));
        assertThatThrownBy(() -> as(
                        "admin",
                        () -> people.create(
                                new PersonForm(fixtures.username(), "新人", null, office, Set.of(Role.AUTHOR)), null)))
                .hasMessageStartingWith("error.people.office-inactive");
        assertThatThrownBy(() -> as("admin", () -> people.deactivateOffice(office)))
                .hasMessageStartingWith("error.people.office-already-inactive");
        assertThat(directory.offices()).extracting(Office::getId).doesNotContain(office);
        assertThat(directory.office(office)).isEmpty();
    }

    @Test
    void the_roles_page_lists_every_role_with_its_holders() {
        List<RoleHolders> roles = as("admin", () -> people.roles());

        assertThat(roles).extracting(RoleHolders::role).containsExactly(Role.values());
        assertThat(roles.stream()
                        .filter(r -> r.role() == Role.DIRECTOR)
                        .findFirst()
                        .orElseThrow()
                        .holders())
                .containsExactly("陈局长 (director)");
    }

    private List<AuditEvent> audit(String action) {
        return events.stream(AuditEvent.class)
                .filter(e -> e.action().equals(action))
                .toList();
    }
}
