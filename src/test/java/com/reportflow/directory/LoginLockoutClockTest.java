package com.reportflow.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lockout's time rules on the stored accounts, with a clock the test moves: a lockout built here as Spring
 * builds it, given that clock instead of the system's.
 */
@SpringBootTest
@ActiveProfiles("test")
class LoginLockoutClockTest {

    @Autowired
    AppUserRepository users;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PeopleAdmin people;

    MovableClock clock;
    LoginLockout lockout;

    @BeforeEach
    void lockout() {
        clock = new MovableClock(Instant.parse("2027-03-01T08:00:00Z"));
        lockout = new LoginLockout(users, events, clock, 3, 10);
    }

    @Test
    void a_locked_account_opens_again_once_the_lockout_minutes_have_passed() {
        String username = new PeopleFixtures(people).author();

        fail(username, 3);
        assertThat(lockout.isLocked(username)).isTrue();
        clock.advance(Duration.ofMinutes(9).plusSeconds(59));
        assertThat(lockout.isLocked(username)).isTrue();
        clock.advance(Duration.ofSeconds(1));

        assertThat(lockout.isLocked(username)).isFalse();
        fail(username, 2);
        assertThat(lockout.isLocked(username)).isFalse();
    }

    @Test
    void a_success_between_failures_keeps_the_account_open() {
        String username = new PeopleFixtures(people).author();

        fail(username, 2);
        transactions.executeWithoutResult(status -> lockout.onSuccess(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated(username, null, java.util.List.of()))));
        fail(username, 2);

        assertThat(lockout.isLocked(username)).isFalse();
    }

    @Test
    void an_unknown_name_is_locked_and_opens_again_on_the_same_clock() {
        String unknown = new PeopleFixtures(people).username();

        fail(unknown, 3);
        assertThat(lockout.isLocked(unknown)).isTrue();
        clock.advance(Duration.ofMinutes(10));

        assertThat(lockout.isLocked(unknown)).isFalse();
    }

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            transactions.executeWithoutResult(status -> lockout.onFailure(new AuthenticationFailureBadCredentialsEvent(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong"),
                    new BadCredentialsException("wrong"))));
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
