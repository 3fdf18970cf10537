package com.reportflow.importing;

import com.reportflow.shared.ui.Errors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** A report in traditional characters is said to be one and can be converted to simplified ones, with undo. */
class ScriptConversion extends HorizontalLayout {

    final Div traditional = new Div();
    final Button toSimplified = new Button(getTranslation("import.to-simplified"));
    final Button undoSimplified = new Button(getTranslation("import.undo-simplified"));

    private final ReportImport service;
    private final Supplier<ImportedReport> current;
    private final Consumer<ImportedReport> refresh;

    /** The report as read before it was converted to simplified characters; null when it was not converted. */
    private ImportedReport beforeConversion;

    /** @param refresh shows the report as it now reads, with no heading selected */
    ScriptConversion(ReportImport service, Supplier<ImportedReport> current, Consumer<ImportedReport> refresh) {
        this.service = service;
        this.current = current;
        this.refresh = refresh;
        toSimplified.addClickListener(e -> convert());
        undoSimplified.addClickListener(e -> undoConversion());
        add(traditional, toSimplified, undoSimplified);
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    /** A report just read: the conversion is offered when it is in traditional characters. */
    void offer(ImportedReport report) {
        beforeConversion = null;
        boolean traditionalScript = service.inTraditionalCharacters(report);
        traditional.setText(traditionalScript ? getTranslation("import.traditional") : "");
        traditional.setVisible(traditionalScript);
        toSimplified.setVisible(traditionalScript);
        undoSimplified.setVisible(false);
    }

    private void convert() {
        ImportedReport[] converted = new ImportedReport[1];
        if (Errors.attempt(this, () -> converted[0] = service.toSimplified(current.get()))) {
            beforeConversion = current.get();
            refresh.accept(converted[0]);
            traditional.setText(getTranslation("import.converted"));
            toSimplified.setVisible(false);
            undoSimplified.setVisible(true);
        }
    }

    private void undoConversion() {
        if (beforeConversion != null) {
            refresh.accept(beforeConversion);
            beforeConversion = null;
            traditional.setText(getTranslation("import.traditional"));
            toSimplified.setVisible(true);
            undoSimplified.setVisible(false);
        }
    }
}
