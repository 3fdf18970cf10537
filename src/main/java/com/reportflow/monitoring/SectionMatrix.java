package com.reportflow.monitoring;

import com.reportflow.directory.Office;
import com.reportflow.shared.ui.Formats;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;

/**
 * The matrix of the year's sections against every step (who holds each, since when, rounds and days spent), with
 * why each is overdue or at risk and links to its steering page and its process diagram; narrowed by office, step
 * and holder, a refused filter said beside the filters.
 */
final class SectionMatrix extends VerticalLayout {

    final ComboBox<Office> office = new ComboBox<>();
    final Select<MatrixStep> step = new Select<>();
    final TextField holder = new TextField();
    final Span filterRefusal = new Span();
    final Grid<SectionRow> sections = new Grid<>();

    /** @param filtered called when a filter changes */
    SectionMatrix(Runnable filtered) {
        setPadding(false);
        buildFilters(filtered);
        buildSections();
        HorizontalLayout filters = new HorizontalLayout(office, step, holder);
        filters.setAlignItems(Alignment.BASELINE);
        filterRefusal.addClassName("refusal");
        filterRefusal.setVisible(false);
        add(
                new H3(getTranslation("monitoring.matrix")),
                new Span(getTranslation("monitoring.risk.explained")),
                filters,
                filterRefusal,
                sections);
    }

    /** The offices the matrix can be narrowed to. */
    void setOffices(List<Office> offices) {
        office.setItems(offices);
    }

    /** What the filters narrow the matrix to. */
    DashboardFilter filter() {
        return new DashboardFilter(
                office.getValue() == null ? null : office.getValue().getId(),
                step.getValue(),
                holder.getValue(),
                MonitoringTexts.rolesNamed(this, holder.getValue()));
    }

    void show(List<SectionRow> rows) {
        sections.setItems(rows);
        filterRefusal.setVisible(false);
    }

    /** A refused filter: why, beside the filters, and no rows. */
    void refuse(String message) {
        filterRefusal.setText(message);
        filterRefusal.setVisible(true);
        sections.setItems(List.of());
    }

    private void buildFilters(Runnable filtered) {
        office.setLabel(getTranslation("monitoring.office"));
        office.setItemLabelGenerator(Office::getName);
        office.setClearButtonVisible(true);
        office.addValueChangeListener(e -> filtered.run());
        step.setLabel(getTranslation("monitoring.step"));
        step.setEmptySelectionAllowed(true);
        step.setEmptySelectionCaption(getTranslation("monitoring.all-steps"));
        step.setItems(MatrixStep.values());
        step.setItemLabelGenerator(
                s -> s == null ? getTranslation("monitoring.all-steps") : getTranslation(s.translationKey()));
        step.addValueChangeListener(e -> filtered.run());
        holder.setLabel(getTranslation("monitoring.holder"));
        holder.setPlaceholder(getTranslation("monitoring.filter"));
        holder.setPrefixComponent(VaadinIcon.SEARCH.create());
        holder.setClearButtonVisible(true);
        holder.setValueChangeMode(ValueChangeMode.LAZY);
        holder.addValueChangeListener(e -> filtered.run());
    }

    private void buildSections() {
        // Numbered headings are long Chinese runs: they wrap rather than being clipped.
        sections.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        sections.addComponentColumn(s -> new RiskBadge(s.risk()))
                .setKey("risk")
                .setHeader(getTranslation("monitoring.risk"))
                .setAutoWidth(true);
        sections.addComponentColumn(s -> new Anchor("steering/sections/" + s.sectionId(), s.numberedHeading()))
                .setKey("section")
                .setHeader(getTranslation("monitoring.section"))
                .setFlexGrow(3);
        sections.addColumn(SectionRow::reportTitle)
                .setHeader(getTranslation("monitoring.report"))
                .setFlexGrow(2);
        sections.addColumn(SectionRow::officeName)
                .setHeader(getTranslation("monitoring.office"))
                .setAutoWidth(true);
        for (MatrixStep column : MatrixStep.values()) {
            sections.addColumn(s -> cellText(s.cell(column)))
                    .setHeader(getTranslation(column.translationKey()))
                    .setAutoWidth(true);
        }
        sections.addColumn(SectionRow::returns)
                .setHeader(getTranslation("monitoring.returns"))
                .setAutoWidth(true);
        sections.addComponentColumn(s ->
                        new Anchor("monitoring/diagram/section/" + s.sectionId(), getTranslation("monitoring.diagram")))
                .setKey("diagram")
                .setAutoWidth(true);
        sections.setEmptyStateText(getTranslation("monitoring.no-sections"));
        sections.setHeight("32em");
    }

    private String cellText(Cell cell) {
        return switch (cell.state()) {
            case NOT_REACHED -> "";
            case DONE -> getTranslation("monitoring.cell.done", cell.rounds(), MonitoringTexts.days(cell.spent()));
            case OPEN ->
                getTranslation(
                        "monitoring.cell.open",
                        MonitoringTexts.holderName(this, cell.holder()),
                        Formats.dateTime(cell.since()),
                        MonitoringTexts.days(cell.spent()));
        };
    }
}
