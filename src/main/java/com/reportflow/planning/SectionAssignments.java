package com.reportflow.planning;

import com.reportflow.directory.Office;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sections of the chosen template, each with its office and due date (and, when optional, whether it is
 * included), and one office and date to give every section at once.
 */
class SectionAssignments extends VerticalLayout {

    final ComboBox<Office> allOffice = new ComboBox<>(getTranslation("reports.office"));
    final DatePicker allDue = new DatePicker(getTranslation("reports.due"));
    final Button applyToAll = new Button(getTranslation("reports.apply-to-all"));
    final List<SectionRow> rows = new ArrayList<>();
    final VerticalLayout sectionList = new VerticalLayout();

    private final List<Office> offices;
    private final LocalDate defaultDue;
    private final Runnable dueChanged;
    private final Runnable officeChanged;

    /**
     * @param dueChanged told when a section's due date changes
     * @param officeChanged told when a section's office changes or it is left out or taken in
     */
    SectionAssignments(List<Office> offices, LocalDate defaultDue, Runnable dueChanged, Runnable officeChanged) {
        this.offices = offices;
        this.defaultDue = defaultDue;
        this.dueChanged = dueChanged;
        this.officeChanged = officeChanged;
        setPadding(false);
        allOffice.setItems(offices);
        allOffice.setItemLabelGenerator(Office::getName);
        allDue.setValue(defaultDue);
        applyToAll.addClickListener(e -> rows.forEach(row -> {
            if (allOffice.getValue() != null) {
                row.office.setValue(allOffice.getValue());
            }
            if (allDue.getValue() != null) {
                row.due.setValue(allDue.getValue());
            }
        }));
        HorizontalLayout helper = new HorizontalLayout(allOffice, allDue, applyToAll);
        helper.setAlignItems(FlexComponent.Alignment.BASELINE);
        Details helperBox = new Details(getTranslation("reports.same-for-all"), helper);
        helperBox.setOpened(true);
        sectionList.setPadding(false);
        add(new H3(getTranslation("reports.sections")), helperBox, sectionList);
    }

    /** One row for each section of the template; none when no template is chosen. */
    void show(OutlineTemplate chosen) {
        rows.clear();
        sectionList.removeAll();
        if (chosen == null) {
            return;
        }
        for (OutlineTemplate.Leaf leaf : chosen.leaves()) {
            SectionRow row = new SectionRow(leaf, offices, defaultDue);
            row.due.addValueChangeListener(e -> dueChanged.run());
            row.office.addValueChangeListener(e -> officeChanged.run());
            row.include.addValueChangeListener(e -> officeChanged.run());
            rows.add(row);
            sectionList.add(row);
        }
    }

    /** The offices chosen for the sections that are included, as they stand (null where none is chosen yet). */
    Stream<Office> chosenOffices() {
        return rows.stream().filter(row -> row.include.getValue()).map(row -> row.office.getValue());
    }

    /** Flags each due date after {@code limit}, the legal submission deadline; none when it is not known. */
    void flagLate(LocalDate limit) {
        rows.forEach(row -> LateDueDate.flag(row.due, limit));
    }

    List<NewReport.Assignment> assignments() {
        return rows.stream().map(SectionRow::assignment).toList();
    }
}
