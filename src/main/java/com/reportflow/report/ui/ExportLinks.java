package com.reportflow.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Links to download the report as the official document (DOCX and PDF), served by the export feature at
 * {@code /exports/reports/{id}.docx|pdf}; the file states the report's state and each section's revision.
 */
public class ExportLinks extends HorizontalLayout {

    public final Anchor docx = new Anchor();
    public final Anchor pdf = new Anchor();

    public ExportLinks() {
        addClassName("export-links");
        setAlignItems(Alignment.BASELINE);
        add(new Span(getTranslation("export.download")), docx, pdf);
        docx.setText("DOCX");
        pdf.setText("PDF");
        for (Anchor a : new Anchor[] {docx, pdf}) {
            a.setRouterIgnore(true);
            a.getElement().setAttribute("download", true);
        }
    }

    public void show(long reportId) {
        docx.setHref("/exports/reports/" + reportId + ".docx");
        pdf.setHref("/exports/reports/" + reportId + ".pdf");
    }
}
