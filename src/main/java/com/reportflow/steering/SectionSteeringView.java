package com.reportflow.steering;

import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * 章节督办: a section's open task, who holds it, since when, due when, and the operations the viewer may do to it.
 * The coordinator and the admin see every section; a holder, a delegate or a co-reviewer sees the section they work
 * on (the service decides).
 */
@Route("steering/sections/:sectionId(\\d+)")
@PermitAll
public class SectionSteeringView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Refusal refusal = new Refusal();
    final H2 title = new H2();
    final Span facts = new Span();
    final Span noTask = new Span();
    final Anchor report = new Anchor();
    final VerticalLayout task = new VerticalLayout();
    final Button reopen = new Button();
    OperationDialog dialog;

    private final SteeringPages pages;
    private final SteeringService service;
    private long sectionId;
    private String pageTitle;

    SectionSteeringView(SteeringPages pages, SteeringService service, ReportActions actions) {
        this.pages = pages;
        this.service = service;
        addClassName("page");
        noTask.setText(getTranslation("steering.no-task"));
        task.setPadding(false);
        reopen.setText(getTranslation("steering.reopen"));
        reopen.setId("steering-reopen");
        reopen.addClickListener(e -> {
            dialog = new OperationDialog(
                    Operation.REOPEN,
                    null,
                    null,
                    true,
                    (user, office, reason) -> actions.reopen(sectionId, reason),
                    this::show);
            dialog.open();
        });
        add(refusal, title, facts, report, noTask, reopen, task);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sectionId = event.getRouteParameters().getLong("sectionId").orElse(-1L);
        show();
    }

    private void show() {
        boolean shown = refusal.attempt(() -> {
            SectionSteering section = pages.section(sectionId);
            pageTitle = getTranslation("steering.section.title", section.heading());
            title.setText(pageTitle);
            facts.setText(section.reportTitle() + " · " + section.officeName() + " · "
                    + getTranslation("status." + section.status().name()) + " · "
                    + getTranslation("stage." + section.stage().name()));
            report.setText(getTranslation("steering.report.title", section.reportTitle()));
            report.setHref("steering/reports/" + section.reportId());
            report.setVisible(pages.steersReports());
            task.removeAll();
            section.task().ifPresent(open -> task.add(new TaskPanel(pages, service, open, false, this::show)));
            noTask.setVisible(section.task().isEmpty());
            reopen.setVisible(section.reopenable());
        });
        title.setVisible(shown);
        facts.setVisible(shown);
        task.setVisible(shown);
        if (!shown) {
            report.setVisible(false);
            noTask.setVisible(false);
            reopen.setVisible(false);
            pageTitle = null;
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle == null ? getTranslation("steering.title") : pageTitle;
    }
}
