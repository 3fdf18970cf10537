package com.reportflow.drafting;

import com.reportflow.inbox.InboxView;
import com.reportflow.shared.ui.Confirmation;
import com.reportflow.shared.ui.Errors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The drafting screen's actions on the section's task rather than its text: take it, give it back to the office,
 * withdraw a submission nobody has taken up, and hand a delegated draft back to who delegated it.
 */
class DraftTaskActions {

    final Button take = new Button();
    final Button release = new Button();
    final Button withdraw = new Button();
    final ConfirmDialog confirmWithdraw = new ConfirmDialog();
    final Span delegation = new Span();
    final Button handBack = new Button();

    /**
     * @param screen the drafting screen, which reports outcomes and reloads itself
     * @param section the section the screen shows
     * @param store saves what is typed first; false when it could not
     * @param reload reads the section again after a change
     */
    DraftTaskActions(
            DraftingService service, Component screen, LongSupplier section, BooleanSupplier store, Runnable reload) {
        take.setText(screen.getTranslation("drafting.take"));
        take.addClickListener(e -> {
            if (Errors.attempt(screen, () -> service.take(section.getAsLong()))) {
                Errors.success(screen, "drafting.taken");
                Errors.attempt(screen, reload);
            }
        });
        release.setText(screen.getTranslation("drafting.release"));
        release.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        release.addClickListener(e -> {
            if (Errors.attempt(screen, () -> service.release(section.getAsLong()))) {
                Errors.success(screen, "drafting.released");
                Errors.attempt(screen, reload);
            }
        });

        withdraw.setText(screen.getTranslation("drafting.withdraw"));
        Confirmation.before(
                withdraw,
                confirmWithdraw,
                new Confirmation.Keys(
                        "drafting.withdraw", "drafting.withdraw-confirm", "drafting.withdraw", "drafting.cancel"),
                () -> {
                    if (Errors.attempt(screen, () -> service.withdraw(section.getAsLong()))) {
                        Errors.success(screen, "drafting.withdrawn");
                        Errors.attempt(screen, reload);
                    }
                });

        handBack.setText(screen.getTranslation("steering.hand-back"));
        handBack.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        handBack.addClickListener(e -> {
            if (store.getAsBoolean() && Errors.attempt(screen, () -> service.handBack(section.getAsLong()))) {
                Errors.success(screen, "steering.done.HAND_BACK");
                screen.getUI().ifPresent(ui -> ui.navigate(InboxView.class));
            }
        });
        delegation.addClassName("delegation-notice");
    }

    /** Offers what the screen's read allows. */
    void show(DraftScreen screen) {
        boolean editable = screen.editable();
        Optional<String> delegatedBy = screen.delegatedBy();
        take.setVisible(editable && screen.details().holder() == null);
        release.setVisible(editable && screen.details().holder() != null && screen.holds() && delegatedBy.isEmpty());
        withdraw.setVisible(!editable && screen.mayWithdraw());
        delegatedBy.ifPresent(by -> delegation.setText(delegation.getTranslation("steering.delegated.notice", by)));
        delegation.setVisible(delegatedBy.isPresent());
        handBack.setVisible(delegatedBy.isPresent());
    }
}
