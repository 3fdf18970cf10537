package com.reportflow.report.ui;

import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportDocument;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The report as one document on screen: title, numbered headings, each section's paragraphs, issuer and date.
 * Every text is set as text, never as HTML.
 */
public class DocumentPreview extends Div {

    public DocumentPreview(ReportDocument document) {
        addClassName("document-preview");
        H2 title = new H2(document.title());
        title.addClassName("doc-title");
        add(title);
        for (OutlineEntry entry : document.entries()) {
            add(
                    switch (entry.depth()) {
                        case 1 -> new H3(entry.numberedHeading());
                        case 2 -> new H4(entry.numberedHeading());
                        default -> new H5(entry.numberedHeading());
                    });
            ReportDocument.paragraphs(entry.body()).forEach(p -> add(new Paragraph(p)));
        }
        Paragraph issuer = new Paragraph(document.issuer());
        issuer.addClassName("closing");
        Paragraph date = new Paragraph(document.closingDateText());
        date.addClassName("closing");
        add(issuer, date);
    }
}
