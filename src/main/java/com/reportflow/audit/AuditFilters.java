package com.reportflow.audit;

import com.reportflow.shared.AuditEvent.Outcome;
import com.reportflow.shared.ui.InputLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** Narrows the audit trail by dates, person, action, outcome and target. */
class AuditFilters extends HorizontalLayout {

    final DatePicker from = new DatePicker(getTranslation("audit.from"));
    final DatePicker to = new DatePicker(getTranslation("audit.to"));
    final TextField actor = new TextField(getTranslation("audit.actor"));
    final TextField action = new TextField(getTranslation("audit.action"));
    final Select<Outcome> outcome = new Select<>();
    final TextField target = new TextField(getTranslation("audit.target"));
    final Button apply = new Button(getTranslation("audit.apply"));

    /** @param applied told when the person applies the filter as it is filled in */
    AuditFilters(Runnable applied) {
        outcome.setLabel(getTranslation("audit.outcome"));
        outcome.setItems(Outcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("audit.outcome.any"));
        outcome.setItemLabelGenerator(
                o -> getTranslation(o == null ? "audit.outcome.any" : "audit.outcome." + o.name()));
        for (TextField field : new TextField[] {actor, action, target}) {
            InputLimit.apply(field, AuditService.MAX_FILTER_LENGTH);
            field.setClearButtonVisible(true);
        }
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> applied.run());
        add(from, to, actor, action, outcome, target, apply);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }

    /** The filter as filled in; the service checks it before it is used. */
    AuditFilter filter() {
        return new AuditFilter(
                from.getValue(),
                to.getValue(),
                actor.getValue(),
                action.getValue(),
                outcome.getValue(),
                target.getValue());
    }
}
