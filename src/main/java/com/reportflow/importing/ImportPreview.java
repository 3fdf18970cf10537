package com.reportflow.importing;

import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.InputLimit;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * What was read: the title, the outline at every level renumbered, the body under each heading, what was dropped as
 * web debris or decoded wrongly, how numbered items were read; with the corrections and the acceptance. It holds the
 * report as it now reads, which every correction replaces.
 */
class ImportPreview extends VerticalLayout {

    final Span stats = new Span();
    final ListedLines damaged = new ListedLines();
    final ScriptConversion script;
    final TextField title = new TextField(getTranslation("import.title"));
    final TextArea opening = new TextArea(getTranslation("import.preamble"));
    final UnorderedList itemRules = new UnorderedList();
    final ImportedOutline outline = new ImportedOutline();
    final HeadingCorrections corrections;
    final ListedLines dropped = new ListedLines();
    final TemplateAcceptance acceptance;

    private ImportedReport current;

    ImportPreview(ReportImport service) {
        setPadding(false);
        script = new ScriptConversion(service, this::current, report -> refresh(report, null));
        corrections = new HeadingCorrections(service, outline, this::current, this::refresh);
        acceptance = new TemplateAcceptance(service, this::current);
        title.setWidthFull();
        title.setReadOnly(true);
        opening.setWidthFull();
        opening.setHelperText(getTranslation("import.opening-help"));
        InputLimit.apply(opening, ReportImport.MAX_OPENING);
        opening.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                if (Errors.attempt(this, () -> current = service.changeOpening(current, e.getValue()))) {
                    showStats();
                }
            }
        });
        damaged.addClassName("import-damaged");
        add(
                new H3(getTranslation("import.preview")),
                stats,
                damaged,
                script,
                title,
                opening,
                itemRules,
                new Span(getTranslation("import.select-heading")),
                outline,
                corrections,
                dropped,
                acceptance);
        setVisible(false);
    }

    ImportedReport current() {
        return current;
    }

    /** Shows a report just read, with nothing corrected yet. */
    void show(ImportedReport report) {
        script.offer(report);
        refresh(report, null);
        dropped.list(getTranslation("import.dropped", report.dropped().size()), report.dropped());
        // Shown from the report as read: the lines are the source's, which later corrections in the preview keep.
        damaged.list(
                getTranslation("import.damaged", report.damaged().size()),
                report.damaged().stream()
                        .map(run -> getTranslation("import.damaged.line", run.line(), run.excerpt(), run.run()))
                        .toList());
        damaged.setVisible(!report.damaged().isEmpty());
        damaged.setOpened(!report.damaged().isEmpty());
        acceptance.propose(report);
        setVisible(true);
        scrollIntoView();
    }

    /** Shows the report as it now reads, with the heading at {@code select} (in reading order) selected. */
    private void refresh(ImportedReport report, Integer select) {
        current = report;
        title.setValue(report.title().isEmpty() ? getTranslation("import.no-title") : report.title());
        showStats();
        outline.show(report);
        opening.setValue(String.join("\n", report.preamble()));
        itemRules.removeAll();
        for (NumberedItems items : report.items()) {
            if (items.count() > 1) {
                itemRules.add(new ListItem(getTranslation(
                        items.headings() ? "import.items.headings" : "import.items.body",
                        items.under().isEmpty() ? getTranslation("import.items.top") : items.under(),
                        items.count(),
                        items.first())));
            }
        }
        itemRules.setVisible(itemRules.getComponentCount() > 0);
        corrections.select(report, select);
    }

    private void showStats() {
        stats.setText(getTranslation(
                "import.stats",
                current.headingCount(),
                current.sentences().size(),
                current.dropped().size()));
    }
}
