package com.reportflow.audit;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.reportflow.ReportSteps;
import com.reportflow.calendar.CalendarDay;
import com.reportflow.calendar.CalendarService;
import com.reportflow.export.DocumentExports;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.AuditEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * What reaches the trail: committed work with its transaction, nothing of rolled-back work, every refusal even when
 * the caller rolls back, sign-ins and failed sign-ins with the address they came from, the report history, exports
 * and the admin's calendar edits.
 */
@SpringBootTest
@ActiveProfiles("test")
class AuditSourcesTest {

    // A year no shipped calendar covers; undone after each test.
    private static final LocalDate DAY = LocalDate.of(2034, 5, 8);

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    CalendarService calendar;

    @Autowired
    DocumentExports exports;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void undoCalendarEdits() {
        for (CalendarDay day : calendar.days(DAY.getYear())) {
            as("admin", () -> calendar.clearDay(day.date()));
        }
    }

    @Test
    void an_event_published_in_committed_work_is_kept_and_in_rolled_back_work_is_not() {
        String kept = marker();
        String dropped = marker();
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);

        transaction.executeWithoutResult(status -> events.publishEvent(AuditEvent.done("admin", "TEST", null, kept)));
        transaction.executeWithoutResult(status -> {
            events.publishEvent(AuditEvent.done("admin", "TEST", null, dropped));
            status.setRollbackOnly();
        });

        assertThat(rowsWithDetail(kept)).hasSize(1);
        assertThat(rowsWithDetail(dropped)).isEmpty();
    }

    @Test
    void a_calendar_edit_is_recorded_and_one_rolled_back_leaves_no_entry() {
        as("admin", () -> calendar.setDay(DAY, CalendarDay.Kind.HOLIDAY, "审计测试假日"));

        assertThat(rows("CALENDAR_DAY_SET", "calendar-day:" + DAY))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get("actor")).isEqualTo("admin");
                    assertThat(row.get("outcome")).isEqualTo("DONE");
                    assertThat((String) row.get("detail")).contains("HOLIDAY", "审计测试假日");
                });

        LocalDate other = DAY.plusDays(1);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            as("admin", () -> calendar.setDay(other, CalendarDay.Kind.HOLIDAY, "撤销的假日"));
            status.setRollbackOnly();
        });
        assertThat(calendar.days(DAY.getYear())).extracting(CalendarDay::date).doesNotContain(other);
        assertThat(rows("CALENDAR_DAY_SET", "calendar-day:" + other)).isEmpty();

        as("admin", () -> calendar.clearDay(DAY));
        assertThat(rows("CALENDAR_DAY_CLEARED", "calendar-day:" + DAY)).hasSize(1);
    }

    @Test
    void a_refused_call_is_recorded_once_with_the_method_and_survives_the_callers_rollback() {
        LocalDate refusedDay = DAY.plusDays(2);
        long before = refusals("author", "CalendarService.setDay");

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            assertThatThrownBy(() -> as("author", () -> calendar.setDay(refusedDay, CalendarDay.Kind.HOLIDAY, "x")))
                    .isInstanceOf(AccessDeniedException.class);
            status.setRollbackOnly();
        });

        assertThat(refusals("author", "CalendarService.setDay")).isEqualTo(before + 1);
        assertThat(calendar.days(DAY.getYear())).isEmpty();
    }

    @Test
    void a_refused_download_is_recorded_with_the_report_id_as_target() {
        long reportId = 987654321L;
        assertThatThrownBy(() -> as("author", () -> exports.current(reportId, DocumentExports.Format.DOCX)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(rows("ACCESS_DENIED", "report:" + reportId)).singleElement().satisfies(row -> {
            assertThat(row.get("actor")).isEqualTo("author");
            assertThat(row.get("outcome")).isEqualTo("REFUSED");
            assertThat(row.get("detail")).isEqualTo("DocumentExports.current");
        });
    }

    @Test
    void the_report_history_and_a_download_of_the_document_reach_the_trail() {
        long reportId = new ReportSteps(context).deliberating("审计来源测试");

        assertThat(rows("REPORT_CREATED", "report:" + reportId))
                .singleElement()
                .satisfies(row -> assertThat(row.get("actor")).isEqualTo("coordinator"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'COMPILED' and target = ?",
                        Long.class,
                        "report:" + reportId))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action in ('SUBMITTED', 'APPROVED') and target like"
                                + " 'section:%' and id > (select min(id) from audit_log where target = ?)",
                        Long.class, "report:" + reportId))
                .isPositive();

        as("coordinator", () -> exports.current(reportId, DocumentExports.Format.DOCX));

        assertThat(rows("DOCUMENT_EXPORTED", "report:" + reportId))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get("actor")).isEqualTo("coordinator");
                    assertThat((String) row.get("detail")).startsWith("docx");
                });
    }

    @Test
    void a_sign_in_and_a_failed_sign_in_are_recorded_with_the_username_tried_and_the_address() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(springSecurity())
                .build();
        int before = rows("LOGIN", "user:director").size();
        String stranger = "nobody-" + UUID.randomUUID();

        mvc.perform(formLogin("/login").user("director").password("reportflow"));
        mvc.perform(formLogin("/login").user(stranger).password("guess"));
        mvc.perform(formLogin("/login").user("director").password("wrong"));

        List<Map<String, Object>> logins = rows("LOGIN", "user:director");
        assertThat(logins).hasSize(before + 1);
        assertThat(logins.getLast().get("remote_address")).isEqualTo("127.0.0.1");
        assertThat(rows("LOGIN_FAILED", "user:" + stranger)).singleElement().satisfies(row -> {
            assertThat(row.get("actor")).isEqualTo(stranger);
            assertThat(row.get("outcome")).isEqualTo("FAILED");
            assertThat(row.get("detail")).isEqualTo("BadCredentialsException");
        });
        assertThat(rows("LOGIN_FAILED", "user:director")).isNotEmpty();
    }

    @Test
    void a_sign_out_is_recorded() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(springSecurity())
                .build();
        int before = rows("LOGOUT", "user:secretary").size();

        mvc.perform(post("/logout").with(user("secretary")).with(csrf()));

        assertThat(rows("LOGOUT", "user:secretary")).hasSize(before + 1);
    }

    @Test
    void control_characters_in_a_tried_username_are_stored_harmlessly_and_the_chain_stays_intact() {
        String marker = marker();
        events.publishEvent(new AuditEvent(
                "evil\r\nadmin\u0000" + "\uD800", "LOGIN_FAILED", null, marker, AuditEvent.Outcome.FAILED));

        assertThat(rowsWithDetail(marker)).singleElement().satisfies(row -> assertThat(row.get("actor"))
                .isEqualTo("evil\uFFFD\uFFFDadmin\uFFFD\uFFFD"));
        assertThat(context.getBean(AuditVerifier.class).verify().intact()).isTrue();
    }

    private List<Map<String, Object>> rows(String action, String target) {
        return jdbc.queryForList("select * from audit_log where action = ? and target = ? order by id", action, target);
    }

    private List<Map<String, Object>> rowsWithDetail(String detail) {
        return jdbc.queryForList("select * from audit_log where detail = ?", detail);
    }

    private long refusals(String actor, String method) {
        return jdbc.queryForObject(
                "select count(*) from audit_log where outcome = 'REFUSED' and actor = ? and detail = ?",
                Long.class,
                actor,
                method);
    }

    private static String marker() {
        return "sources-test-" + UUID.randomUUID();
    }
}
