package com.reportflow.directory;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.RealDatabaseTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Migration V8 and the people admin on the real database. */
@RealDatabaseTest
class MySqlDirectoryIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PeopleAdmin people;

    @Autowired
    Directory directory;

    @Autowired
    AppUserRepository users;

    @Test
    void migration_v8_adds_the_account_and_office_columns_and_the_setup_table_in_utf8mb4() {
        List<String> userColumns = jdbc.queryForList(
                "select lower(column_name) from information_schema.columns"
                        + " where table_schema = database() and table_name = 'app_user'",
                String.class);
        assertThat(userColumns)
                .contains("failed_logins", "locked_until", "must_change_password", "password_changed_at");
        assertThat(jdbc.queryForObject(
                        "select count(*) from information_schema.columns where table_schema = database()"
                                + " and table_name = 'office' and column_name = 'active'",
                        Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select table_collation from information_schema.tables"
                                + " where table_schema = database() and table_name = 'first_admin_setup'",
                        String.class))
                .startsWith("utf8mb4");
        // The demo bureau's offices are active: nobody deactivated them.
        assertThat(jdbc.queryForObject(
                        "select count(*) from office where active = false and code = 'JCJYK'", Integer.class))
                .isZero();
    }

    @Test
    void a_person_and_an_office_keep_every_character_and_state_on_the_real_database() {
        PeopleFixtures fixtures = new PeopleFixtures(people);
        String code = fixtures.officeCode();
        long office = as("admin", () -> people.createOffice(code, "𠮷野科"));
        String username = fixtures.username();
        as(
                "admin",
                () -> people.create(
                        new PersonForm(username, "𩸽田😀", "a@b.example", office, Set.of(Role.AUTHOR)), null));

        as("admin", () -> people.deactivate(username));
        as("admin", () -> people.renameOffice(office, "𠮷野审核科"));

        Person person = as("admin", () -> people.person(username));
        assertThat(person.displayName()).isEqualTo("𩸽田😀");
        assertThat(person.active()).isFalse();
        assertThat(person.mustChangePassword()).isTrue();
        assertThat(users.findByUsername(username).orElseThrow().getPasswordChangedAt())
                .isNotNull();
        assertThat(directory.office(office).orElseThrow().getName()).isEqualTo("𠮷野审核科");
    }

    @Test
    void a_username_with_a_trailing_space_does_not_reach_the_person_a_padding_collation_would_match() {
        assertThatThrownBy(() -> as("admin", () -> people.resetPassword("director ", null)))
                .hasMessageStartingWith("error.people.no-such-user");
        assertThat(users.findByUsername("director").orElseThrow().isMustChangePassword())
                .isFalse();
    }
}
