package com.reportflow.steering;

import com.reportflow.shared.ui.Formats;
import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * A report's progress (报告进度) for the people it was copied to (抄送) and everyone who reads whole reports: stage,
 * and per section office, status, holder and due date. No text.
 */
@Route("steering/reports/:reportId(\\d+)/progress")
@PermitAll
public class ReportProgressView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Refusal refusal = new Refusal();
    final H2 title = new H2();
    final Span summary = new Span();
    final Grid<ReportProgress.Line> sections = new Grid<>();

    private final SteeringPages pages;
    private String pageTitle;

    ReportProgressView(SteeringPages pages) {
        this.pages = pages;
        addClassName("page");
        sections.addColumn(ReportProgress.Line::heading)
                .setHeader(getTranslation("steering.progress.heading"))
                .setFlexGrow(3);
        sections.addColumn(ReportProgress.Line::officeName)
                .setHeader(getTranslation("steering.office"))
                .setAutoWidth(true);
        sections.addColumn(line -> getTranslation("status." + line.status().name()))
                .setHeader(getTranslation("steering.status"))
                .setAutoWidth(true);
        sections.addColumn(line -> line.holderName() == null ? "" : line.holderName())
                .setHeader(getTranslation("steering.holder"))
                .setAutoWidth(true);
        sections.addColumn(line -> Formats.date(line.dueDate()))
                .setHeader(getTranslation("steering.due"))
                .setAutoWidth(true);
        sections.setAllRowsVisible(true);
        add(refusal, title, summary, sections);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long reportId = event.getRouteParameters().getLong("reportId").orElse(-1L);
        boolean shown = refusal.attempt(() -> {
            ReportProgress progress = pages.progress(reportId);
            pageTitle = getTranslation("steering.progress.title", progress.title());
            title.setText(pageTitle);
            summary.setText(getTranslation("stage." + progress.stage().name()) + " · "
                    + getTranslation(
                            "steering.progress.approved",
                            progress.approved(),
                            progress.sections().size()));
            sections.setItems(progress.sections());
        });
        title.setVisible(shown);
        summary.setVisible(shown);
        sections.setVisible(shown);
        if (!shown) {
            pageTitle = null;
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle == null ? getTranslation("steering.title") : pageTitle;
    }
}
