package com.reportflow.audit;

import com.reportflow.shared.AuditEvent;
import com.reportflow.shared.AuditEvent.Outcome;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An audit entry before the chain gives it its id: the event with when and from where, every text cut to its
 * column and cleaned of control characters and lone surrogates (a failed login's username is whatever was typed),
 * so that what is stored — and hashed — is exactly what any database gives back.
 */
record PendingEntry(
        Instant occurredAt,
        String actor,
        String action,
        String target,
        String detail,
        Outcome outcome,
        String remoteAddress) {

    static final int ACTOR_LENGTH = 100;
    static final int ACTION_LENGTH = 60;
    static final int TARGET_LENGTH = 200;
    static final int DETAIL_LENGTH = 1000;
    static final int ADDRESS_LENGTH = 64;

    static PendingEntry of(AuditEvent event, Instant at, String remoteAddress) {
        return new PendingEntry(
                at.truncatedTo(ChronoUnit.MILLIS),
                clean(event.actor(), ACTOR_LENGTH),
                clean(event.action(), ACTION_LENGTH),
                clean(event.target(), TARGET_LENGTH),
                clean(event.detail(), DETAIL_LENGTH),
                event.outcome(),
                clean(remoteAddress, ADDRESS_LENGTH));
    }

    /** Control characters (line breaks included) and lone surrogates become U+FFFD; cut in UTF-16 units, as H2 counts. */
    static String clean(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        StringBuilder cleaned = new StringBuilder(Math.min(text.length(), maxLength));
        for (int i = 0; i < text.length() && cleaned.length() < maxLength; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (cleaned.length() + 2 > maxLength) {
                    break;
                }
                cleaned.append(c).append(text.charAt(++i));
            } else if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
                cleaned.append('\uFFFD');
            } else {
                cleaned.append(c);
            }
        }
        return cleaned.toString();
    }
}
