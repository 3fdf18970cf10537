package com.reportflow.importing;

import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.InputLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The heading selected in the outline: its whole body as the importer read it, and what can be corrected about it
 * (its words, its level, back into body text; a body line made a heading).
 */
class HeadingCorrections extends VerticalLayout {

    final Div selectedBody = new Div();
    final Div bodyLines = new Div();
    final HorizontalLayout headingEditor = new HorizontalLayout();
    final TextField headingWords = new TextField(getTranslation("import.heading-words"));
    final Button rename = new Button(getTranslation("import.rename"));
    final Select<Integer> headingLevel = new Select<>();
    final Button toBody = new Button(getTranslation("import.to-body"));

    private final ReportImport service;
    private final ImportedOutline outline;
    private final Supplier<ImportedReport> current;
    private final BiConsumer<ImportedReport, Integer> refresh;
    private ImportedHeading selected;

    /**
     * @param refresh shows a corrected report with the heading at the given place in reading order selected
     */
    HeadingCorrections(
            ReportImport service,
            ImportedOutline outline,
            Supplier<ImportedReport> current,
            BiConsumer<ImportedReport, Integer> refresh) {
        this.service = service;
        this.outline = outline;
        this.current = current;
        this.refresh = refresh;
        setPadding(false);
        outline.asSingleSelect().addValueChangeListener(e -> showBody(e.getValue()));
        selectedBody.addClassName("section-text");
        selectedBody.addClassName("reference-text");
        bodyLines.addClassName("reference-text");
        InputLimit.apply(headingWords, ReportImport.MAX_HEADING);
        headingWords.setWidth("28em");
        rename.addClickListener(
                e -> edit(() -> service.renameHeading(current.get(), selected, headingWords.getValue()), 0));
        headingLevel.setLabel(getTranslation("import.heading-level"));
        headingLevel.setItemLabelGenerator(l -> getTranslation("import.level." + l));
        headingLevel.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                edit(() -> service.changeLevel(current.get(), selected, e.getValue()), 0);
            }
        });
        toBody.addClickListener(e -> edit(() -> service.turnIntoBody(current.get(), selected), -1));
        headingEditor.setAlignItems(FlexComponent.Alignment.BASELINE);
        headingEditor.add(headingWords, rename, headingLevel, toBody);
        add(headingEditor, selectedBody, bodyLines);
    }

    /** Selects the heading at {@code index} in the report's reading order; none when there is no such place. */
    void select(ImportedReport report, Integer index) {
        List<ImportedHeading> order = ImportedOutline.inReadingOrder(report);
        ImportedHeading toSelect = index == null || index < 0 || index >= order.size() ? null : order.get(index);
        if (toSelect == null) {
            outline.deselectAll();
            showBody(null);
        } else {
            outline.select(toSelect);
        }
    }

    /** The whole body under the selected heading, as the importer read it, with what can be changed about it. */
    private void showBody(ImportedHeading heading) {
        selected = heading;
        selectedBody.setVisible(heading != null);
        headingEditor.setVisible(heading != null);
        bodyLines.removeAll();
        bodyLines.setVisible(heading != null);
        if (heading == null) {
            return;
        }
        selectedBody.setText(outline.shown(heading));
        headingWords.setValue(ReportImport.headingOf(heading));
        headingLevel.setItems(service.levels(current.get(), heading));
        headingLevel.setValue(heading.level());
        for (int i = 0; i < heading.paragraphs().size(); i++) {
            int paragraph = i;
            Button toHeading = new Button(getTranslation("import.to-heading"));
            toHeading.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            toHeading.addClickListener(e -> edit(() -> service.turnIntoHeading(current.get(), selected, paragraph), 1));
            Div line = new Div(new Span(heading.paragraphs().get(i)), toHeading);
            line.addClassName("section-text");
            bodyLines.add(line);
        }
    }

    /**
     * Applies a correction to the selected heading and selects, afterwards, the heading {@code shift} places after it
     * in reading order (the new heading, the same one, or the one before it).
     */
    private void edit(Supplier<ImportedReport> change, int shift) {
        int index = indexOf(ImportedOutline.inReadingOrder(current.get()), selected);
        ImportedReport[] changed = new ImportedReport[1];
        if (Errors.attempt(this, () -> changed[0] = change.get())) {
            refresh.accept(changed[0], index + shift);
        }
    }

    /** By identity: two headings may read alike. */
    private static int indexOf(List<ImportedHeading> order, ImportedHeading heading) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) == heading) {
                return i;
            }
        }
        return -1;
    }
}
