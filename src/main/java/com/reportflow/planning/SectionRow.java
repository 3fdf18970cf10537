package com.reportflow.planning;

import com.reportflow.directory.Office;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.List;

/** One template section: whether it is included (optional sections only), its office and due date. */
final class SectionRow extends HorizontalLayout {

    final OutlineTemplate.Leaf leaf;
    final Span label = new Span();
    final Checkbox include = new Checkbox();
    final ComboBox<Office> office = new ComboBox<>();
    final DatePicker due = new DatePicker();

    SectionRow(OutlineTemplate.Leaf leaf, List<Office> offices, LocalDate defaultDue) {
        this.leaf = leaf;
        addClassName("section-row");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        label.setText(leaf.label());
        if (!leaf.reference().isEmpty()) {
            label.setTitle(getTranslation("reports.has-reference"));
            label.addClassName("has-reference");
        }
        include.setLabel(getTranslation(leaf.optional() ? "reports.include" : "reports.required"));
        include.setValue(true);
        include.setEnabled(leaf.optional());
        office.setPlaceholder(getTranslation("reports.office"));
        office.setItems(offices);
        office.setItemLabelGenerator(Office::getName);
        office.setAriaLabel(getTranslation("reports.office") + " " + leaf.label());
        due.setValue(defaultDue);
        due.setAriaLabel(getTranslation("reports.due") + " " + leaf.label());
        include.addValueChangeListener(e -> {
            office.setEnabled(e.getValue());
            due.setEnabled(e.getValue());
        });
        add(label, include, office, due);
        expand(label);
    }

    NewReport.Assignment assignment() {
        boolean included = include.getValue();
        return new NewReport.Assignment(
                leaf.index(),
                included,
                included && office.getValue() != null ? office.getValue().getId() : null,
                included ? due.getValue() : null);
    }
}
