package com.reportflow.audit;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.reportflow.shared.AuditEvent;
import com.reportflow.shared.AuditEvent.Outcome;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AuditViewTest extends KaribuTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_admin_sees_the_trail_newest_first_and_narrows_it_by_action_outcome_and_target() {
        String marker = UUID.randomUUID().toString();
        trail.record(AuditEvent.done("policy", "VIEW_TEST", "test:" + marker, "first"));
        trail.record(AuditEvent.refused("policy", "VIEW_TEST", "test:" + marker, "second"));
        AuditView view = open();

        assertThat(_size(view.grid)).isGreaterThanOrEqualTo(2);
        assertThat(_get(view.grid, 0).id()).isGreaterThan(_get(view.grid, 1).id());

        _setValue(view.filters.action, "view_test");
        _setValue(view.filters.target, marker);
        _click(view.filters.apply);
        assertThat(_findAll(view.grid)).extracting(AuditRow::detail).containsExactly("second", "first");

        _setValue(view.filters.outcome, Outcome.REFUSED);
        _click(view.filters.apply);
        assertThat(_findAll(view.grid)).extracting(AuditRow::detail).containsExactly("second");
    }

    @Test
    void action_codes_read_as_words_in_the_readers_language() {
        String marker = UUID.randomUUID().toString();
        trail.record(AuditEvent.done("policy", "LOGIN", "test:" + marker, null));
        trail.record(AuditEvent.done("policy", "SUBMITTED", "test:" + marker, null));
        AuditView view = open();
        _setValue(view.filters.target, marker);
        _click(view.filters.apply);

        assertThat(List.of(_getFormattedRow(view.grid, 0), _getFormattedRow(view.grid, 1)))
                .flatMap(row -> row)
                .contains("提交审查", "登录")
                .doesNotContain("LOGIN", "SUBMITTED");
    }

    @Test
    void targets_and_recorded_details_read_in_the_readers_language_free_text_as_written() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        trail.record(AuditEvent.done("policy", "USER_CREATED", "user:u" + marker, "roles=LEGAL_ADVISOR; office=-"));
        trail.record(AuditEvent.done("policy", "SUBMITTED", "section:" + marker, "一是完善制度。"));
        AuditView view = open();
        _setValue(view.filters.target, marker);
        _click(view.filters.apply);

        List<String> cells = List.of(_getFormattedRow(view.grid, 0), _getFormattedRow(view.grid, 1)).stream()
                .flatMap(List::stream)
                .toList();
        assertThat(cells)
                .contains("章节 " + marker, "一是完善制度。", "用户 u" + marker, "角色：法律顾问; 科室：-")
                .noneMatch(
                        cell -> cell.contains("LEGAL_ADVISOR") || cell.contains("roles=") || cell.contains("section:"));
    }

    @Test
    void a_control_character_in_a_filter_is_refused_with_a_message_and_the_list_stays() {
        AuditView view = open();
        int shown = _size(view.grid);

        _setValue(view.filters.actor, "a\u0007b");
        _click(view.filters.apply);

        expectNotifications(view.getTranslation("error.control-characters", view.getTranslation("audit.actor")));
        assertThat(_size(view.grid)).isEqualTo(shown);
    }

    @Test
    void the_verify_button_says_the_chain_is_intact() {
        AuditView view = open();

        _click(view.verify);

        assertThat(view.verification.getText()).startsWith("审计日志完整");
    }

    @Test
    void the_export_link_offers_a_csv_download() {
        AuditView view = open();

        assertThat(view.export.getHref()).isNotBlank();
        assertThat(view.export.getText()).isEqualTo("导出CSV");
    }

    @Test
    void a_person_who_is_not_admin_cannot_open_the_viewer_and_the_attempt_is_recorded() {
        login("director");
        long before = jdbc.queryForObject(
                "select count(*) from audit_log where action = 'NAVIGATION_DENIED' and actor = 'director'"
                        + " and target = 'route:admin/audit'",
                Long.class);

        assertRefused(() -> UI.getCurrent().navigate("admin/audit"));

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'NAVIGATION_DENIED' and actor = 'director'"
                                + " and target = 'route:admin/audit'",
                        Long.class))
                .isEqualTo(before + 1);
    }

    private AuditView open() {
        login("admin");
        UI.getCurrent().navigate("admin/audit");
        return _get(AuditView.class);
    }
}
