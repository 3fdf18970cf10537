package com.reportflow.planning;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before something is removed for good: the action names both the dialog and its confirm button. */
final class ConfirmRemoval {

    private ConfirmRemoval() {}

    static void ask(Component context, String actionKey, String question, Runnable confirmed) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(context.getTranslation(actionKey));
        dialog.setText(question);
        dialog.setCancelable(true);
        dialog.setCancelText(context.getTranslation("templates.cancel"));
        dialog.setConfirmText(context.getTranslation(actionKey));
        dialog.addConfirmListener(e -> confirmed.run());
        dialog.open();
    }
}
