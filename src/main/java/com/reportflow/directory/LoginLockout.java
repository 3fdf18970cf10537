package com.reportflow.directory;

import com.reportflow.shared.AuditEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for {@code reportflow.security.lockout-minutes} after {@code
 * reportflow.security.max-failed-logins} consecutive failed sign-ins; a success starts the count afresh. Names that
 * belong to nobody are counted too (in memory), so that the login page answers "locked" for them after as many tries
 * and does not tell whether a username exists.
 */
@Component
class LoginLockout {

    private static final int MAX_UNKNOWN_NAMES = 10_000;

    private final AppUserRepository users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;
    private final Map<String, Unknown> unknownNames = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Unknown> eldest) {
            return size() > MAX_UNKNOWN_NAMES;
        }
    };

    private static final class Unknown {
        int failures;
        Instant lockedUntil;
    }

    LoginLockout(
            AppUserRepository users,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${reportflow.security.max-failed-logins:5}") int maxFailures,
            @Value("${reportflow.security.lockout-minutes:15}") int lockoutMinutes) {
        if (maxFailures < 1 || lockoutMinutes < 1) {
            throw new IllegalArgumentException(
                    "reportflow.security.max-failed-logins and lockout-minutes must be at least 1");
        }
        this.users = users;
        this.events = events;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = Duration.ofMinutes(lockoutMinutes);
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        if (username == null) {
            return;
        }
        Instant now = clock.instant();
        users.findByUsername(username)
                .ifPresentOrElse(
                        user -> {
                            if (user.recordFailedLogin(now, maxFailures, lockout)) {
                                events.publishEvent(AuditEvent.done(
                                        null,
                                        "ACCOUNT_LOCKED",
                                        "user:" + username,
                                        maxFailures + " failed sign-ins, until " + user.getLockedUntil()));
                            }
                        },
                        () -> failedUnknown(username, now));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.findByUsername(event.getAuthentication().getName()).ifPresent(AppUser::recordSuccessfulLogin);
    }

    /** Whether sign-in under this name is refused for now, whether or not the name belongs to anyone. */
    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        if (username == null) {
            return false;
        }
        Instant now = clock.instant();
        return users.findByUsername(username)
                .map(user -> user.isLocked(now))
                .orElseGet(() -> unknownLocked(username, now));
    }

    private synchronized void failedUnknown(String username, Instant now) {
        Unknown entry = unknownNames.computeIfAbsent(username, name -> new Unknown());
        if (entry.lockedUntil != null && now.isBefore(entry.lockedUntil)) {
            return;
        }
        entry.failures++;
        if (entry.failures >= maxFailures) {
            entry.failures = 0;
            entry.lockedUntil = now.plus(lockout);
        }
    }

    private synchronized boolean unknownLocked(String username, Instant now) {
        Unknown entry = unknownNames.get(username);
        return entry != null && entry.lockedUntil != null && now.isBefore(entry.lockedUntil);
    }
}
