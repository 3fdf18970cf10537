package com.reportflow.directory;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._select;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinService;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

class PeopleViewsTest extends KaribuTest {

    static final String PASSWORD = "Temporary-Pass-2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN =
            Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();

    @Autowired
    PeopleAdmin people;

    @Autowired
    Directory directory;

    @Test
    void the_admin_filters_people_by_office_and_status() {
        long office = office();
        String first = person(office);
        String second = person(office);
        as("admin", () -> people.deactivate(second));
        UsersView view = open("admin/users", UsersView.class);

        _setValue(view.officeFilter, row(office));
        assertThat(_findAll(view.grid)).extracting(Person::username).containsExactly(first, second);
        _setValue(view.statusFilter, "inactive");
        assertThat(_findAll(view.grid)).extracting(Person::username).containsExactly(second);
        _setValue(view.statusFilter, null);
        _setValue(view.roleFilter, Role.DIRECTOR);
        assertThat(_size(view.grid)).isZero();
    }

    @Test
    void the_admin_creates_a_person_and_sees_the_generated_password_once() {
        long office = office();
        String username = username();
        UsersView view = open("admin/users", UsersView.class);

        _click(view.newPerson);
        _setValue(view.username, username);
        _setValue(view.displayName, "新来的");
        _setValue(view.email, "new@bureau.example");
        _setValue(view.office, row(office));
        _setValue(view.roles, Set.of(Role.AUTHOR));
        _click(view.create);

        expectNotifications(view.getTranslation("people.created", username));
        assertThat(view.shownPassword.getText()).contains(username);
        assertThat(view.create.isEnabled()).isFalse();
        Person created = as("admin", () -> people.person(username));
        assertThat(created.officeId()).isEqualTo(office);
        assertThat(created.mustChangePassword()).isTrue();
    }

    @Test
    void a_bad_username_on_the_form_is_refused_with_the_rule_and_nobody_is_created() {
        UsersView view = open("admin/users", UsersView.class);

        _click(view.newPerson);
        _setValue(view.username, "No Good");
        _setValue(view.displayName, "名字");
        _setValue(view.roles, Set.of(Role.DIRECTOR));
        _click(view.create);

        expectNotifications(view.getTranslation("error.people.username-format", 3, 60));
        assertThat(view.shownPassword.getText()).isEmpty();
        assertThat(directory.actor("No Good")).isEmpty();
    }

    @Test
    void the_person_page_edits_deactivates_reactivates_and_resets_the_password() {
        long office = office();
        String username = person(office);
        PersonView view = open("admin/users/" + username, PersonView.class);
        assertThat(view.displayName.getValue()).isEqualTo("测试人员");
        assertThat(view.roles.getValue()).containsExactly(Role.AUTHOR);
        assertThat(_size(view.heldTasks)).isZero();

        _setValue(view.displayName, "改了名字");
        _click(view.save);
        expectNotifications(view.getTranslation("people.saved", username));
        assertThat(directory.displayName(username)).isEqualTo("改了名字");

        _click(view.deactivate);
        expectNotifications(view.getTranslation("people.deactivated", username));
        assertThat(directory.actor(username)).isEmpty();
        assertThat(view.reactivate.isVisible()).isTrue();
        _click(view.reactivate);
        expectNotifications(view.getTranslation("people.reactivated", username));
        assertThat(directory.actor(username)).isPresent();

        _setValue(view.temporaryPassword, "Handed-Over-2026");
        _click(view.resetPassword);
        assertThat(view.shownPassword.getText()).contains("Handed-Over-2026");
        assertThat(view.status.getText()).contains(view.getTranslation("people.status.must-change"));
    }

    @Test
    void the_person_page_of_a_forged_username_says_so_instead_of_a_form() {
        PersonView view = open("admin/users/nobody-at-all", PersonView.class);

        assertThat(view.refusal.isVisible()).isTrue();
        assertThat(view.refusal.getText()).isEqualTo(view.getTranslation("error.people.no-such-user", "nobody-at-all"));
        assertThat(view.details.isVisible()).isFalse();
    }

    @Test
    void the_admin_creates_renames_and_deactivates_an_office() {
        String code = "V" + RUN + SEQUENCE.incrementAndGet();
        OfficesView view = open("admin/offices", OfficesView.class);

        _setValue(view.code, code);
        _setValue(view.name, "新科室");
        _click(view.create);
        expectNotifications(view.getTranslation("people.office.created", code));
        OfficeRow row = _findAll(view.grid).stream()
                .filter(o -> o.code().equals(code))
                .findFirst()
                .orElseThrow();

        _select(view.grid, row);
        _setValue(view.newName, "改名科室");
        _click(view.rename);
        expectNotifications(view.getTranslation("people.office.renamed", code));
        _select(view.grid, row(row.id()));
        _click(view.deactivate);
        expectNotifications(view.getTranslation("people.office.deactivated", code));

        assertThat(row(row.id()).name()).isEqualTo("改名科室");
        assertThat(row(row.id()).active()).isFalse();
    }

    @Test
    void a_lower_case_office_code_is_refused_with_the_rule() {
        OfficesView view = open("admin/offices", OfficesView.class);
        int before = _size(view.grid);

        _setValue(view.code, "abc");
        _setValue(view.name, "科室");
        _click(view.create);

        expectNotifications(view.getTranslation("error.people.office-code-format"));
        assertThat(_size(view.grid)).isEqualTo(before);
    }

    @Test
    void the_roles_page_shows_every_role_what_it_may_do_and_who_holds_it() {
        RolesView view = open("admin/roles", RolesView.class);

        assertThat(_findAll(view.grid)).hasSize(Role.values().length);
        assertThat(_findAll(view.grid).stream()
                        .filter(r -> r.role() == Role.LEGAL_ADVISOR)
                        .findFirst()
                        .orElseThrow()
                        .holders())
                .contains("王律师 (advisor)")
                .allMatch(holder -> holder.endsWith(")"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"coordinator", "author", "officehead", "advisor", "secretary", "director"})
    void nobody_but_the_admin_opens_the_people_pages(String user) {
        login(user);
        for (String route : new String[] {"admin/users", "admin/users/admin", "admin/offices", "admin/roles"}) {
            assertRefused(() -> UI.getCurrent().navigate(route));
        }
        assertThat(_find(UsersView.class)).isEmpty();
        assertThat(_find(PersonView.class)).isEmpty();
    }

    @Test
    void a_person_with_a_temporary_password_is_kept_on_the_password_page_until_they_change_it() {
        String username = person(office());
        login(username);

        UI.getCurrent().navigate("done");
        PasswordView view = _get(PasswordView.class);
        assertThat(view.mustChange.isVisible()).isTrue();

        _setValue(view.current, "Wrong-Password-1");
        _setValue(view.password, "My-Own-Secret-9");
        _setValue(view.repeated, "My-Own-Secret-9");
        _click(view.save);
        expectNotifications(view.getTranslation("error.password.current-wrong"));

        _setValue(view.current, PASSWORD);
        _setValue(view.password, "My-Own-Secret-9");
        _setValue(view.repeated, "My-Own-Secret-9");
        _click(view.save);
        expectNotifications(view.getTranslation("account.changed"));
        assertThat(_find(PasswordView.class)).isEmpty();
        UI.getCurrent().navigate("done");
        assertThat(_find(PasswordView.class)).isEmpty();
    }

    @Test
    void everyone_may_open_the_password_page_and_is_told_each_rule() {
        login("author");
        UI.getCurrent().navigate("account/password");
        PasswordView view = _get(PasswordView.class);
        assertThat(view.mustChange.isVisible()).isFalse();

        _setValue(view.current, "reportflow");
        _setValue(view.password, "onlylowercase");
        _setValue(view.repeated, "onlylowercase");
        _click(view.save);

        expectNotifications(view.getTranslation("error.password.too-simple", 3));
    }

    @Test
    void an_open_tab_does_not_keep_the_session_alive_past_its_idle_timeout() {
        // Vaadin's heartbeat would otherwise reset the servlet session's 30-minute idle timer every 5 minutes.
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions())
                .isTrue();
    }

    @Test
    void a_locked_account_is_told_so_on_the_login_page_and_a_wrong_password_otherwise() {
        UI.getCurrent().navigate("login", QueryParameters.of("locked", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains(form.getTranslation("login.locked.title"));

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains(form.getTranslation("login.error.title"))
                .doesNotContain(form.getTranslation("login.locked.title"));
    }

    @Test
    void the_setup_screen_is_closed_once_anybody_exists() {
        UI.getCurrent().navigate("setup");

        assertThat(_find(SetupView.class)).isEmpty();
        assertThat(_get(com.reportflow.directory.LoginView.class)).isNotNull();
    }

    private <T extends com.vaadin.flow.component.Component> T open(String route, Class<T> type) {
        login("admin");
        UI.getCurrent().navigate(route);
        return _get(type);
    }

    private long office() {
        String code = "W" + RUN + SEQUENCE.incrementAndGet();
        return as("admin", () -> people.createOffice(code, "测试科室" + code));
    }

    private OfficeRow row(long office) {
        return as("admin", () -> people.offices()).stream()
                .filter(o -> o.id() == office)
                .findFirst()
                .orElseThrow();
    }

    private static String username() {
        return ("v" + RUN + "." + SEQUENCE.incrementAndGet()).toLowerCase();
    }

    private String person(long office) {
        String username = username();
        as("admin", () -> people.create(new PersonForm(username, "测试人员", null, office, Set.of(Role.AUTHOR)), PASSWORD));
        return username;
    }
}
