package com.reportflow.report.ui;

import com.reportflow.shared.UserFacingException;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.InputLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * A checker's decision on a section: an opinion (the service requires it for a return) and the approve and return
 * buttons. A refusal shows under the opinion as well as in a notification, and the typed opinion stays.
 */
public class DecisionPanel extends VerticalLayout {

    public final TextArea opinion = new TextArea();
    public final Button approve = new Button();
    public final Button returnWithOpinion = new Button();

    public DecisionPanel(String opinionLabel, int maxOpinionLength, String approveText, String returnText) {
        setPadding(false);
        opinion.setLabel(opinionLabel);
        InputLimit.apply(opinion, maxOpinionLength);
        opinion.setManualValidation(true);
        opinion.setWidthFull();
        approve.setText(approveText);
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        returnWithOpinion.setText(returnText);
        returnWithOpinion.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(opinion, new HorizontalLayout(approve, returnWithOpinion));
    }

    /** What approving does, and what follows once the service accepted it. */
    public void onApprove(Runnable decision, Runnable afterwards) {
        approve.addClickListener(e -> decide(decision, afterwards));
    }

    /** What returning with the typed opinion does, and what follows once the service accepted it. */
    public void onReturn(Consumer<String> decision, Runnable afterwards) {
        returnWithOpinion.addClickListener(e -> decide(() -> decision.accept(opinion.getValue()), afterwards));
    }

    private void decide(Runnable decision, Runnable afterwards) {
        boolean done = Errors.attempt(this, () -> {
            try {
                decision.run();
            } catch (UserFacingException e) {
                opinion.setErrorMessage(Errors.message(this, e));
                opinion.setInvalid(true);
                throw e;
            }
        });
        if (done) {
            afterwards.run();
        }
    }
}
