package com.reportflow.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** An irreversible step asks first: the button opens the dialog, and only its confirm button acts. */
public final class Confirmation {

    private Confirmation() {}

    /**
     * Makes the button open the dialog, worded by the translation keys, which runs the action when confirmed.
     *
     * @param keys the translation keys of the header, the text, the confirm button and the cancel button
     */
    public static void before(Button button, ConfirmDialog dialog, Keys keys, Runnable action) {
        button.addClickListener(e -> dialog.open());
        dialog.setHeader(button.getTranslation(keys.header()));
        dialog.setText(button.getTranslation(keys.text()));
        dialog.setCancelable(true);
        dialog.setCancelText(button.getTranslation(keys.cancel()));
        dialog.setConfirmText(button.getTranslation(keys.confirm()));
        dialog.addConfirmListener(e -> action.run());
    }

    /** The translation keys a confirmation reads. */
    public record Keys(String header, String text, String confirm, String cancel) {}
}
