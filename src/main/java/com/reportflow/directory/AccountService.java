package com.reportflow.directory;

import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.AuditEvent;
import com.reportflow.shared.InvalidInputException;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every signed-in person does to their own account: change the password. */
@Service
class AccountService {

    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(
            AppUserRepository users,
            CurrentUser currentUser,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in person must replace a temporary password before doing anything else. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        Actor actor = currentUser.require();
        return users.findByUsername(actor.username())
                .map(AppUser::isMustChangePassword)
                .orElse(false);
    }

    /**
     * Replaces the signed-in person's password. The current one is asked for so that a session left open cannot be
     * taken over; the new one meets {@link PasswordRules}, differs from the current one and is typed twice.
     */
    @Transactional
    public void changePassword(String currentPassword, String newPassword, String repeated) {
        Actor actor = currentUser.require();
        AppUser user = users.findByUsername(actor.username()).orElseThrow(AccessDeniedException::new);
        if (currentPassword == null
                || currentPassword.isEmpty()
                || currentPassword.length() > PasswordRules.MAX_LENGTH
                || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            events.publishEvent(AuditEvent.refused(
                    actor.username(), "PASSWORD_CHANGED", "user:" + actor.username(), "wrong current password"));
            throw new InvalidInputException("error.password.current-wrong");
        }
        PasswordRules.check(newPassword, actor.username());
        if (!newPassword.equals(repeated)) {
            throw new InvalidInputException("error.password.repeat-differs");
        }
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInputException("error.password.same-as-current");
        }
        user.setPassword(passwordEncoder.encode(newPassword), false, clock.instant());
        events.publishEvent(AuditEvent.done(actor.username(), "PASSWORD_CHANGED", "user:" + actor.username(), null));
    }
}
