package com.reportflow.report.ui;

import com.reportflow.report.SectionDetails;
import com.reportflow.report.SectionStatus;
import com.reportflow.shared.ui.Formats;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A section's numbered heading and, beneath it, its report, office, due date and status. */
public class SectionHeader extends VerticalLayout {

    public final H2 heading = new H2();
    public final Span reportTitle = new Span();
    public final Span office = new Span();
    public final Span dueDate = new Span();
    public final Span status = new Span();
    public final Span holder = new Span();

    public SectionHeader() {
        setPadding(false);
        HorizontalLayout facts = new HorizontalLayout(reportTitle, office, dueDate, status, holder);
        facts.addClassName("section-facts");
        add(heading, facts);
    }

    public void show(SectionDetails details) {
        heading.setText(details.numberedHeading());
        reportTitle.setText(details.reportTitle());
        office.setText(getTranslation("section.office", details.officeName()));
        dueDate.setText(getTranslation("section.due", Formats.date(details.dueDate())));
        status.setText(getTranslation("status." + details.status().name()));
        holder.setVisible(details.status() != SectionStatus.APPROVED);
        holder.setText(
                details.holder() == null
                        ? getTranslation("section.not-taken")
                        : getTranslation("section.holder", details.holder()));
    }
}
