package com.reportflow.audit;

import com.reportflow.shared.AuditEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins, failed sign-ins and sign-outs, from the events Spring Security publishes (Boot's
 * DefaultAuthenticationEventPublisher for the form login; the logout handler for sign-out). A failed sign-in names
 * the username that was tried, whether or not such a person exists.
 */
@Component
class SecurityEventsAuditing {

    private final AuditTrail trail;

    SecurityEventsAuditing(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        trail.record(AuditEvent.done(username, "LOGIN", "user:" + username, null));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        trail.record(new AuditEvent(
                username,
                "LOGIN_FAILED",
                "user:" + username,
                event.getException().getClass().getSimpleName(),
                AuditEvent.Outcome.FAILED));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        trail.record(AuditEvent.done(username, "LOGOUT", "user:" + username, null));
    }
}
