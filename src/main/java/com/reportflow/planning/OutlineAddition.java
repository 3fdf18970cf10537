package com.reportflow.planning;

import com.reportflow.directory.Office;
import com.reportflow.report.OutlineEntry;
import com.reportflow.shared.ui.InputLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Adds a section (with its office and due date) or a heading to the outline, under the selected heading or at the
 * top level; a due date after the legal submission deadline is flagged as it is chosen.
 */
class OutlineAddition extends Details {

    final Span placement = new Span();
    final TextField newHeading = new TextField(getTranslation("outline.new-heading"));
    final ComboBox<Office> office = new ComboBox<>(getTranslation("reports.office"));
    final DatePicker due = new DatePicker(getTranslation("reports.due"));
    final Button addSection = new Button(getTranslation("outline.add-section"));
    final Button addHeading = new Button(getTranslation("outline.add-heading"));

    private LocalDate submissionDue;

    /**
     * @param parentForNew the heading new nodes go under; null for the top level
     * @param act makes a change to the outline and shows the outline again
     */
    OutlineAddition(
            OutlineEditing service, LongSupplier reportId, Supplier<Long> parentForNew, Consumer<Runnable> act) {
        setSummaryText(getTranslation("outline.add"));
        InputLimit.apply(newHeading, OutlineEditing.MAX_HEADING_LENGTH);
        newHeading.setWidth("24em");
        office.setItemLabelGenerator(Office::getName);
        due.setValue(LocalDate.now().plusDays(NewReportView.DEFAULT_DUE_DAYS));
        due.addValueChangeListener(e -> LateDueDate.flag(due, submissionDue));
        addSection.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addSection.addClickListener(e -> act.accept(() -> service.addSection(
                reportId.getAsLong(),
                parentForNew.get(),
                newHeading.getValue(),
                office.getValue() == null ? -1 : office.getValue().getId(),
                due.getValue())));
        addHeading.addClickListener(e ->
                act.accept(() -> service.addHeading(reportId.getAsLong(), parentForNew.get(), newHeading.getValue())));
        HorizontalLayout adding = new HorizontalLayout(newHeading, office, due, addSection, addHeading);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.getStyle().set("flex-wrap", "wrap");
        add(new VerticalLayout(placement, adding));
        setOpened(true);
    }

    /** The report's offices to choose from, and its submission deadline (null when not known). */
    void load(List<Office> offices, LocalDate submissionDue) {
        office.setItems(offices);
        this.submissionDue = submissionDue;
        LateDueDate.flag(due, submissionDue);
    }

    /** Says where new nodes go: under the selected heading, else at the top level. */
    void select(OutlineEntry entry) {
        placement.setText(
                entry != null && !entry.assigned()
                        ? getTranslation("outline.add-under", entry.numberedHeading())
                        : getTranslation("outline.add-top"));
    }
}
