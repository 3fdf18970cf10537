package com.reportflow.directory;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.shared.InvalidInputException;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Bad input on every field of the people and office forms: a clear message, and nothing stored. */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleBadInputTest {

    static final String XML_ENTITY = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;";

    @Autowired
    PeopleAdmin people;

    @Autowired
    Directory directory;

    PeopleFixtures fixtures;
    long office;
    String person;

    @BeforeAll
    void data() {
        fixtures = new PeopleFixtures(people);
        office = fixtures.office();
        person = fixtures.author(office);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "  ",
                "ab",
                "Upper",
                "with space",
                "中文名",
                "tab\tname",
                "nul\u0000name",
                "<script>alert(1)</script>",
                XML_ENTITY,
                "a123456789b123456789c123456789d123456789e123456789f123456789g"
            })
    void a_bad_username_is_refused_and_nobody_is_created(String username) {
        assertThatThrownBy(() -> as(
                        "admin",
                        () -> people.create(new PersonForm(username, "名字", null, office, Set.of(Role.AUTHOR)), null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey())
                        .isIn(
                                "error.required",
                                "error.too-long",
                                "error.control-characters",
                                "error.people.username-format"));
        assertThat(directory.actor(username)).isEmpty();
    }

    @Test
    void a_taken_username_is_refused() {
        assertThatThrownBy(() -> as(
                        "admin",
                        () -> people.create(new PersonForm(person, "重名", null, office, Set.of(Role.AUTHOR)), null)))
                .hasMessageStartingWith("error.people.username-taken");
        assertThat(directory.actor(person).orElseThrow().displayName()).isEqualTo("测试人员");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "名\u0007字", "两\n行"})
    void a_bad_display_name_is_refused_on_create_and_edit(String name) {
        String username = fixtures.username();
        assertRefused(() -> people.create(new PersonForm(username, name, null, office, Set.of(Role.AUTHOR)), null));
        assertRefused(() -> people.update(person, new PersonForm(null, name, null, office, Set.of(Role.AUTHOR))));
        assertThat(directory.actor(username)).isEmpty();
        assertThat(directory.actor(person).orElseThrow().displayName()).isEqualTo("测试人员");
    }

    @Test
    void an_oversized_display_name_is_refused_and_markup_is_kept_as_typed() {
        assertThatThrownBy(() -> as(
                        "admin",
                        () -> people.update(
                                person, new PersonForm(null, "名".repeat(101), null, office, Set.of(Role.AUTHOR)))))
                .hasMessageStartingWith("error.too-long");
        String username = fixtures.username();
        as(
                "admin",
                () -> people.create(
                        new PersonForm(username, "<script>alert(1)</script>", null, office, Set.of(Role.AUTHOR)),
                        null));
        assertThat(directory.displayName(username)).isEqualTo("<script>alert(1)</script>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-address", "a@b", "a b@c.example", "<script>@x.example", "x@@y.example", XML_ENTITY})
    void a_bad_mail_address_is_refused(String email) {
        assertThatThrownBy(() -> as(
                        "admin",
                        () -> people.update(person, new PersonForm(null, "测试人员", email, office, Set.of(Role.AUTHOR)))))
                .hasMessageStartingWith("error.people.email-format");
        assertThat(directory.email(person)).isEmpty();
    }

    @Test
    void an_oversized_mail_address_or_one_with_control_characters_is_refused() {
        assertThatThrownBy(() -> as(
                        "admin",
                        () -> people.update(
                                person,
                                new PersonForm(
                                        null, "测试人员", "a".repeat(195) + "@x.example", office, Set.of(Role.AUTHOR)))))
                .hasMessageStartingWith("error.too-long");
        assertThatThrownBy(() -> as(
                        "admin",
                        () -> people.update(
                                person,
                                new PersonForm(null, "测试人员", "a\u0000@x.example", office, Set.of(Role.AUTHOR)))))
                .hasMessageStartingWith("error.control-characters");
        assertThat(directory.email(person)).isEmpty();
    }

    @Test
    void a_person_needs_a_role_and_authors_and_office_heads_need_an_office() {
        assertThatThrownBy(() ->
                        as("admin", () -> people.update(person, new PersonForm(null, "测试人员", null, office, Set.of()))))
                .hasMessageStartingWith("error.people.roles-required");
        assertThatThrownBy(() -> as(
                        "admin",
                        () -> people.update(
                                person, new PersonForm(null, "测试人员", null, null, Set.of(Role.OFFICE_HEAD)))))
                .hasMessageStartingWith("error.people.office-required");
        assertThat(directory.actor(person).orElseThrow().roles()).containsExactly(Role.AUTHOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short1A!", "alllowercaseletters", "<script>x</script>"})
    void a_weak_temporary_password_is_refused_and_nobody_is_created(String password) {
        String username = fixtures.username();
        assertRefused(() -> people.create(
                new PersonForm(username, "名字", null, office, Set.of(Role.AUTHOR)),
                password.isEmpty() ? "x" : password));
        assertRefused(() -> people.resetPassword(person, password.isEmpty() ? "x" : password));
        assertThat(directory.actor(username)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "lower",
                "WITH SPACE",
                "中文",
                "A\u0000B",
                "<SCRIPT>",
                "&E;",
                "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDE"
            })
    void a_bad_office_code_is_refused_and_no_office_is_created(String code) {
        assertRefused(() -> people.createOffice(code, "科室"));
        assertThat(directory.officeByCode(code)).isEmpty();
    }

    @Test
    void a_taken_office_code_is_refused() {
        String code = directory.office(office).orElseThrow().getCode();
        assertThatThrownBy(() -> as("admin", () -> people.createOffice(code, "另一个")))
                .hasMessageStartingWith("error.people.office-code-taken");
        assertThat(directory.officeByCode(code).orElseThrow().getName()).startsWith("测试科室");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "科\u0000室", "两\n行"})
    void a_bad_office_name_is_refused_on_create_and_rename(String name) {
        String code = fixtures.officeCode();
        assertRefused(() -> people.createOffice(code, name));
        assertRefused(() -> people.renameOffice(office, name));
        assertRefused(() -> people.renameOffice(office, "科".repeat(101)));
        assertThat(directory.officeByCode(code)).isEmpty();
        assertThat(directory.office(office).orElseThrow().getName()).startsWith("测试科室");
    }

    private static void assertRefused(Runnable operation) {
        assertThatThrownBy(() -> as("admin", operation)).isInstanceOf(InvalidInputException.class);
    }
}
