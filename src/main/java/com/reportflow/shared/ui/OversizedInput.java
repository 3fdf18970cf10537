package com.reportflow.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * Vaadin refuses a request body over 10,485,760 characters and its client then retries for ever without a word, so a
 * field value that could never be accepted must not be sent at all. A guard in the page stops such a value before
 * the field synchronises it and sends only its length instead; the person is told how long the text is and what the
 * limit is, and the server keeps the value it had. No field of ours accepts anything near this size (the largest,
 * the pasted import, takes 1 MiB), and even written out as JSON escapes the value stays under Vaadin's limit.
 */
public final class OversizedInput {

    /** The longest value a field may send, in UTF-16 units as the browser counts them. */
    public static final int MAX_SENT_LENGTH = 1_500_000;

    static final String EVENT = "reportflow-oversized";

    // Capture phase on the document runs before the field's own listeners: stopping the event there keeps Vaadin
    // from synchronising the value ("value-changed", or "change"/"blur" in the other value change modes).
    private static final String GUARD = """
            if (!window.reportflowOversizedGuard) {
              window.reportflowOversizedGuard = true;
              const max = $0;
              const guard = e => {
                const value = e.detail && typeof e.detail.value === 'string' ? e.detail.value
                    : (e.target && typeof e.target.value === 'string' ? e.target.value : null);
                if (value === null || value.length <= max) return;
                e.stopImmediatePropagation();
                const field = e.target.closest ? e.target.closest('[has-value], vaadin-text-area, vaadin-text-field') || e.target : e.target;
                field.dispatchEvent(new CustomEvent($1, {bubbles: true, composed: true, detail: {length: value.length}}));
              };
              ['value-changed', 'change', 'blur'].forEach(type => document.addEventListener(type, guard, true));
            }
            """;

    private OversizedInput() {}

    /** Installs the guard in the page and tells the person whenever it held a value back. */
    static void guard(UI ui) {
        ui.getPage().executeJs(GUARD, MAX_SENT_LENGTH, EVENT);
        ui.getElement()
                .addEventListener(
                        EVENT,
                        e -> Errors.error(ui.getTranslation(
                                "error.oversized",
                                e.getEventData().get("event.detail.length").asLong(),
                                MAX_SENT_LENGTH)))
                .addEventData("event.detail.length");
    }

    /** Lets a field react too (mark itself invalid, refuse to save what the server still holds). */
    public static DomListenerRegistration onHeldBack(Component field, SerializableConsumer<Long> lengthHeldBack) {
        DomListenerRegistration registration = field.getElement()
                .addEventListener(
                        EVENT,
                        e -> lengthHeldBack.accept(
                                e.getEventData().get("event.detail.length").asLong()));
        registration.addEventData("event.detail.length");
        return registration;
    }
}
