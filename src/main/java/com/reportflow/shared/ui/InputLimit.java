package com.reportflow.shared.ui;

import com.vaadin.flow.component.textfield.TextFieldBase;

/**
 * A length limit the person sees, instead of the browser's {@code maxlength}, which cuts a longer paste without a word.
 * The field takes whatever is typed or pasted; its helper text says the limit and, once the text is longer, by how
 * much, and the service refuses such text with the same figures (nothing is saved cut). A hint of the field's own
 * stays in front of the limit: give it here ({@link #hint}), not with {@code setHelperText}.
 */
public final class InputLimit<C extends TextFieldBase<C, String>> {

    private final C field;
    private final int maxLength;
    private String hint;

    private InputLimit(C field, int maxLength) {
        this.field = field;
        this.maxLength = maxLength;
        this.hint = field.getHelperText();
    }

    public static <C extends TextFieldBase<C, String>> InputLimit<C> apply(C field, int maxLength) {
        InputLimit<C> limit = new InputLimit<>(field, maxLength);
        limit.show(field.getValue());
        field.addValueChangeListener(e -> limit.show(e.getValue()));
        return limit;
    }

    /** The field's own hint, shown before the limit. */
    public InputLimit<C> hint(String text) {
        hint = text;
        show(field.getValue());
        return this;
    }

    private void show(String value) {
        int length = value == null ? 0 : value.length();
        boolean over = length > maxLength;
        String limit = over
                ? field.getTranslation("input.limit.over", maxLength, length, length - maxLength)
                : field.getTranslation("input.limit", maxLength);
        field.setHelperText(hint == null || hint.isBlank() ? limit : hint + " " + limit);
        if (over) {
            field.addClassName("over-limit");
        } else {
            field.removeClassName("over-limit");
        }
    }
}
