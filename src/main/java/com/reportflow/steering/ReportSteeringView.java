package com.reportflow.steering;

import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * 报告督办: every open task of a report and its sections, with holder, since and due, and the operations on each;
 * copying the report's progress to someone, and (admin) cancelling the report.
 */
@Route("steering/reports/:reportId(\\d+)")
@PermitAll
public class ReportSteeringView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Refusal refusal = new Refusal();
    final H2 title = new H2();
    final Span stage = new Span();
    final Anchor reportPage = new Anchor();
    final Button copy = new Button();
    final Button cancel = new Button();
    final Span noTask = new Span();
    final VerticalLayout tasks = new VerticalLayout();
    final UnorderedList sections = new UnorderedList();
    OperationDialog dialog;

    private final SteeringPages pages;
    private final SteeringService service;
    private long reportId;
    private String pageTitle;

    ReportSteeringView(SteeringPages pages, SteeringService service, ReportActions actions) {
        this.pages = pages;
        this.service = service;
        addClassName("page");
        copy.setText(getTranslation("steering.copy"));
        copy.setId("steering-copy");
        copy.addClickListener(e -> Errors.attempt(this, () -> {
            dialog = new OperationDialog(
                    Operation.COPY,
                    pages.copyRecipients(),
                    null,
                    false,
                    (user, office, reason) -> actions.copy(reportId, user, reason),
                    this::show);
            dialog.open();
        }));
        cancel.setText(getTranslation("steering.cancel"));
        cancel.setId("steering-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> {
            dialog = new OperationDialog(
                    Operation.CANCEL,
                    null,
                    null,
                    true,
                    (user, office, reason) -> actions.cancel(reportId, reason),
                    this::show);
            dialog.open();
        });
        noTask.setText(getTranslation("steering.no-task"));
        tasks.setPadding(false);
        add(
                refusal,
                title,
                new HorizontalLayout(stage, reportPage, copy, cancel),
                new H3(getTranslation("steering.tasks")),
                noTask,
                tasks,
                new H3(getTranslation("steering.sections")),
                sections);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reportId = event.getRouteParameters().getLong("reportId").orElse(-1L);
        show();
    }

    private void show() {
        boolean shown = refusal.attempt(() -> {
            ReportSteering report = pages.report(reportId);
            pageTitle = getTranslation("steering.report.title", report.title());
            title.setText(pageTitle);
            stage.setText(getTranslation("steering.stage") + "："
                    + getTranslation("stage." + report.stage().name()));
            reportPage.setText(report.title());
            reportPage.setHref("reports/" + reportId);
            copy.setVisible(report.operations().contains(Operation.COPY));
            cancel.setVisible(report.operations().contains(Operation.CANCEL));
            tasks.removeAll();
            report.tasks().forEach(open -> tasks.add(new TaskPanel(pages, service, open, true, this::show)));
            noTask.setVisible(report.tasks().isEmpty());
            sections.removeAll();
            for (ReportSteering.Section section : report.sections()) {
                sections.add(new ListItem(
                        new Anchor("steering/sections/" + section.sectionId(), section.heading()),
                        new Span(" · "
                                + getTranslation("status." + section.status().name()))));
            }
        });
        getChildren().filter(c -> c != refusal).forEach(c -> c.setVisible(shown));
        if (shown) {
            noTask.setVisible(tasks.getComponentCount() == 0);
        } else {
            pageTitle = null;
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle == null ? getTranslation("steering.title") : pageTitle;
    }
}
