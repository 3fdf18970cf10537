package com.reportflow.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.shared.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void each_broken_rule_has_its_own_message() {
        assertRefused("", "error.password.required");
        assertRefused(null, "error.password.required");
        assertRefused("Ab1!".repeat(33), "error.password.too-long");
        assertRefused("Short1!x", "error.password.too-short");
        assertRefused("alllowercaseletters", "error.password.too-simple");
        assertRefused("lowerand12345678", "error.password.too-simple");
        assertRefused("Tab\there-Secret1", "error.password.control-characters");
        assertRefused("My-Author-Pass1", "error.password.contains-username");
    }

    @Test
    void a_password_with_three_kinds_of_character_and_ten_or_more_characters_passes() {
        assertThatCode(() -> PasswordRules.check("Spring-garden", "author")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordRules.check("river7stone9Lake", "author")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordRules.check("法治政府建设Ab12", "author")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordRules.check("Ab1!".repeat(32), "author")).doesNotThrowAnyException();
    }

    @Test
    void generated_passwords_meet_the_rules_and_differ() {
        String first = PasswordRules.generate();
        for (int i = 0; i < 200; i++) {
            assertThatCode(() -> PasswordRules.check(PasswordRules.generate(), "someone"))
                    .doesNotThrowAnyException();
        }
        assertThat(PasswordRules.generate()).isNotEqualTo(first).hasSize(16);
    }

    @Test
    void the_fifth_consecutive_failure_locks_the_account_until_the_lockout_time_has_passed() {
        AppUser user = new AppUser("lockme", "Lock Me", "{noop}x", null, java.util.Set.of(Role.AUTHOR), null);
        Instant start = Instant.parse("2026-02-01T08:00:00Z");
        Duration lockout = Duration.ofMinutes(15);
        for (int i = 1; i <= 4; i++) {
            assertThat(user.recordFailedLogin(start.plusSeconds(i), 5, lockout)).isFalse();
            assertThat(user.isLocked(start.plusSeconds(i))).isFalse();
        }
        assertThat(user.recordFailedLogin(start.plusSeconds(5), 5, lockout)).isTrue();
        assertThat(user.isLocked(start.plusSeconds(6))).isTrue();
        assertThat(user.isLocked(start.plusSeconds(5).plus(lockout).minusSeconds(1)))
                .isTrue();
        assertThat(user.isLocked(start.plusSeconds(5).plus(lockout))).isFalse();
    }

    @Test
    void a_successful_sign_in_starts_the_failure_count_afresh() {
        AppUser user = new AppUser("resetme", "Reset Me", "{noop}x", null, java.util.Set.of(Role.AUTHOR), null);
        Instant now = Instant.parse("2026-02-01T08:00:00Z");
        for (int i = 0; i < 4; i++) {
            user.recordFailedLogin(now, 5, Duration.ofMinutes(15));
        }
        user.recordSuccessfulLogin();
        assertThat(user.getFailedLogins()).isZero();
        for (int i = 0; i < 4; i++) {
            assertThat(user.recordFailedLogin(now, 5, Duration.ofMinutes(15))).isFalse();
        }
        assertThat(user.isLocked(now)).isFalse();
    }

    private static void assertRefused(String password, String key) {
        assertThatThrownBy(() -> PasswordRules.check(password, "author"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo(key);
    }
}
