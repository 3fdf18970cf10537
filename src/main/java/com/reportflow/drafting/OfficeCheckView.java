package com.reportflow.drafting;

import com.reportflow.inbox.InboxView;
import com.reportflow.report.SectionDetails;
import com.reportflow.report.ui.DecisionPanel;
import com.reportflow.report.ui.SectionSheet;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** 科室负责人审核: the office head reads the draft and passes it on to legality review or returns it. */
@Route("sections/:sectionId(\\d+)/office-check")
@PermitAll
public class OfficeCheckView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Refusal refusal = new Refusal();
    final SectionSheet sheet = new SectionSheet();
    final DecisionPanel decision;

    private final DraftingService service;
    private long sectionId;
    private String title;

    OfficeCheckView(DraftingService service) {
        this.service = service;
        addClassName("page");
        title = getTranslation("drafting.check.title");

        decision = new DecisionPanel(
                getTranslation("drafting.check.opinion"),
                DraftingService.MAX_OPINION_LENGTH,
                getTranslation("drafting.check.approve"),
                getTranslation("drafting.check.return"));
        decision.onApprove(() -> service.approveInOffice(sectionId), () -> decided("drafting.check.approved"));
        decision.onReturn(
                opinion -> service.returnInOffice(sectionId, opinion), () -> decided("drafting.check.returned"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        sectionId = event.getRouteParameters().getLong("sectionId").orElse(-1L);
        if (!refusal.attempt(() -> show(service.checkScreen(sectionId)))) {
            add(new H2(getTranslation("drafting.check.title")), refusal);
        }
    }

    private void show(OfficeCheckScreen screen) {
        SectionDetails details = screen.details();
        boolean mayCheck = screen.mayCheck();
        title = details.numberedHeading();
        sheet.show(details, mayCheck ? decision : new Span(getTranslation("drafting.check.read-only")));
        add(sheet);
    }

    private void decided(String successKey) {
        Errors.success(this, successKey);
        getUI().ifPresent(ui -> ui.navigate(InboxView.class));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
