package com.reportflow.steering;

import com.reportflow.directory.Office;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.InputLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * The dialog of one steering operation: whom to (a person or an office) where the operation needs it, a reason, and
 * confirm. The service checks everything again; a refusal keeps the dialog open with its message.
 */
class OperationDialog extends Dialog {

    /** What the confirm button does with the choices; null for a choice the operation does not ask. */
    interface Action {
        void run(String username, Long officeId, String reason);
    }

    final ComboBox<Person> person = new ComboBox<>();
    final ComboBox<Office> office = new ComboBox<>();
    final TextArea reason = new TextArea();
    final Button confirm = new Button();
    final Button close = new Button();

    OperationDialog(
            Operation operation,
            List<Person> people,
            List<Office> offices,
            boolean reasonRequired,
            Action action,
            Runnable done) {
        setHeaderTitle(getTranslation(label(operation)));
        person.setLabel(getTranslation("steering.person"));
        person.setItems(people == null ? List.of() : people);
        person.setItemLabelGenerator(Person::displayName);
        person.setVisible(people != null);
        person.setWidthFull();
        person.setId("steering-person");
        office.setLabel(getTranslation("steering.office"));
        office.setItems(offices == null ? List.of() : offices);
        office.setItemLabelGenerator(Office::getName);
        office.setVisible(offices != null);
        office.setWidthFull();
        reason.setLabel(getTranslation("steering.reason"));
        reason.setRequired(reasonRequired);
        InputLimit.apply(reason, SteeringRules.MAX_REASON_LENGTH);
        reason.setWidthFull();
        reason.setId("steering-reason");
        confirm.setText(getTranslation("steering.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("steering-confirm");
        confirm.addClickListener(e -> {
            Person chosen = person.getValue();
            Office place = office.getValue();
            if (Errors.attempt(
                    this,
                    () -> action.run(
                            chosen == null ? null : chosen.username(),
                            place == null ? null : place.getId(),
                            reason.getValue()))) {
                Errors.success(this, "steering.done." + operation.name());
                close();
                done.run();
            }
        });
        close.setText(getTranslation("steering.close"));
        close.addClickListener(e -> close());
        VerticalLayout body = new VerticalLayout(person, office, reason);
        body.setPadding(false);
        body.setWidth("28em");
        add(body);
        getFooter().add(close, confirm);
    }

    static String label(Operation operation) {
        return switch (operation) {
            case CLAIM -> "steering.claim";
            case GIVE_BACK -> "steering.give-back";
            case TRANSFER -> "steering.transfer";
            case TRANSFER_TO_OFFICE -> "steering.transfer-office";
            case SKIP_OFFICE_CHECK -> "steering.skip-office-check";
            case DELEGATE -> "steering.delegate";
            case HAND_BACK -> "steering.hand-back";
            case ADD_CO_REVIEWER -> "steering.add-co-reviewer";
            case URGE -> "steering.urge";
            case COPY -> "steering.copy";
            case REOPEN -> "steering.reopen";
            case CANCEL -> "steering.cancel";
        };
    }
}
