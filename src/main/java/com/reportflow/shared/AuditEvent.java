package com.reportflow.shared;

import java.util.Objects;

/**
 * Something done (or refused) that belongs in the audit trail, published by the feature that did it through
 * Spring's {@code ApplicationEventPublisher}. The audit module adds when and from where, and chains it. A
 * {@code DONE} event is kept with the caller's transaction (it disappears if the work rolls back); a refused or
 * failed attempt is kept even though the caller's work rolls back.
 *
 * @param actor the username acting, or {@code null} for the system (timers, start-up)
 * @param action an upper-case code, e.g. {@code USER_CREATED}, {@code TASK_TRANSFERRED}
 * @param target what it was done to, as {@code kind:id}, e.g. {@code section:42}, {@code user:author}; may be null
 * @param detail a short free text (reason, new value); may be null
 */
public record AuditEvent(String actor, String action, String target, String detail, Outcome outcome) {

    public enum Outcome {
        DONE,
        REFUSED,
        FAILED
    }

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }

    public static AuditEvent done(String actor, String action, String target, String detail) {
        return new AuditEvent(actor, action, target, detail, Outcome.DONE);
    }

    public static AuditEvent refused(String actor, String action, String target, String detail) {
        return new AuditEvent(actor, action, target, detail, Outcome.REFUSED);
    }
}
