package com.reportflow.importing;

import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.InputLimit;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.function.Supplier;

/**
 * Accepts the corrected report as an outline template, under a name and with the level whose headings become the
 * sections, and goes on to open this year's report from it.
 */
class TemplateAcceptance extends HorizontalLayout {

    final Select<Integer> sectionDepth = new Select<>();
    final TextField templateName = new TextField(getTranslation("import.template-name"));
    final Button accept = new Button(getTranslation("import.accept"));

    private final ReportImport service;
    private final Supplier<ImportedReport> current;

    TemplateAcceptance(ReportImport service, Supplier<ImportedReport> current) {
        this.service = service;
        this.current = current;
        sectionDepth.setLabel(getTranslation("import.section-depth"));
        sectionDepth.setItems(1, 2, 3, 4);
        sectionDepth.setItemLabelGenerator(d -> getTranslation("import.depth." + d));
        InputLimit.apply(templateName, 100);
        templateName.setWidth("28em");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(e -> accept());
        add(sectionDepth, templateName, accept);
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    /** A report just read: sections at its second level (or its only one), named after its title. */
    void propose(ImportedReport report) {
        int deepest = deepest(report.outline());
        sectionDepth.setValue(Math.min(2, Math.max(1, deepest)));
        String base = report.title().isEmpty() ? getTranslation("import.untitled") : report.title();
        templateName.setValue(getTranslation("import.template-default", base));
    }

    private void accept() {
        long[] id = new long[1];
        if (Errors.attempt(
                this,
                () -> id[0] = service.accept(
                        current.get(),
                        templateName.getValue(),
                        sectionDepth.getValue() == null ? 2 : sectionDepth.getValue()))) {
            Errors.success(this, "import.accepted");
            UI.getCurrent().navigate("reports/new", QueryParameters.of("template", String.valueOf(id[0])));
        }
    }

    private static int deepest(List<ImportedHeading> level) {
        int deepest = 0;
        for (ImportedHeading heading : level) {
            deepest = Math.max(deepest, 1 + deepest(heading.children()));
        }
        return deepest;
    }
}
