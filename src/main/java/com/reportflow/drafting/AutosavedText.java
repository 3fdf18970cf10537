package com.reportflow.drafting;

import com.reportflow.report.ReportSection;
import com.reportflow.shared.ui.OversizedInput;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Predicate;

/**
 * The section's text as its author types it, saved a moment after they stop: the length as they go, when it was
 * last saved, a value too large to send held back in the page, and a refused save not tried twice in one request.
 */
class AutosavedText {

    static final int AUTOSAVE_MILLIS = 2_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    final TextArea text = new TextArea();
    final Span savedAt = new Span();

    private final Component screen;
    private String savedText = "";
    /** The page holds a value too large to send: what the server has is not what the person sees. */
    private boolean heldBack;
    /** The text whose save failed, and the client request it failed in (the autosave and a click share one). */
    private String failedText;

    private int failedInRequest = Integer.MIN_VALUE;

    /** @param typed runs after each change the person makes, before any autosave */
    AutosavedText(Component screen, Runnable typed) {
        this.screen = screen;
        savedAt.addClassName("save-state");
        text.setLabel(screen.getTranslation("drafting.text"));
        // No maxlength: the browser would cut a long paste without a word. The service refuses what is too long and
        // says by how much; a value too large to send at all is held back in the page (OversizedInput).
        text.setManualValidation(true);
        text.setWidthFull();
        text.setMinHeight("24em");
        text.setValueChangeMode(ValueChangeMode.TIMEOUT);
        text.setValueChangeTimeout(AUTOSAVE_MILLIS);
        OversizedInput.onHeldBack(text, length -> {
            heldBack = true;
            text.setErrorMessage(screen.getTranslation("error.oversized", length, OversizedInput.MAX_SENT_LENGTH));
            text.setInvalid(true);
            savedAt.setText(screen.getTranslation("drafting.unsaved"));
        });
        text.addValueChangeListener(e -> {
            heldBack = false;
            showLength();
            typed.run();
        });
    }

    /** Shows the stored text, editable or not. */
    void load(String body, boolean editable) {
        savedText = body;
        text.setValue(body);
        text.setReadOnly(!editable);
        text.setInvalid(false);
        showLength();
        savedAt.setText("");
    }

    String typed() {
        return text.getValue();
    }

    /** The text as last stored. */
    String saved() {
        return savedText;
    }

    /** Whether what the person sees is what is stored. */
    boolean unchanged() {
        return !heldBack && text.getValue().equals(savedText);
    }

    /** Saves what is typed with the given call (false when refused); on refusal the typed text stays. */
    boolean store(Predicate<String> save) {
        if (heldBack) {
            savedAt.setText(screen.getTranslation("drafting.unsaved"));
            text.setInvalid(true);
            return false;
        }
        String typed = text.getValue();
        int request = clientRequest();
        if (typed.equals(failedText) && request == failedInRequest) {
            // Already refused in this request (say, the database is gone): do not make the person wait twice.
            return false;
        }
        boolean stored = save.test(typed);
        failedText = stored ? null : typed;
        failedInRequest = request;
        if (stored) {
            savedText = typed;
            text.setInvalid(false);
            savedAt.setText(
                    screen.getTranslation("drafting.saved-at", LocalTime.now().format(TIME)));
        } else {
            savedAt.setText(screen.getTranslation("drafting.unsaved"));
        }
        return stored;
    }

    /** Marks the field with the reason a save or submission was refused. */
    void refused(String message) {
        text.setErrorMessage(message);
        text.setInvalid(true);
    }

    private int clientRequest() {
        return screen.getUI()
                .map(ui -> ui.getInternals().getLastProcessedClientToServerId())
                .orElse(Integer.MIN_VALUE + 1);
    }

    private void showLength() {
        String value = text.getValue();
        text.setHelperText(screen.getTranslation(
                "drafting.length", value.codePointCount(0, value.length()), ReportSection.MAX_BODY_LENGTH));
    }
}
