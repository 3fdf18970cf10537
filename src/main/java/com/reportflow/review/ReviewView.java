package com.reportflow.review;

import com.reportflow.inbox.InboxView;
import com.reportflow.report.DecisionPanel;
import com.reportflow.report.SectionDetails;
import com.reportflow.report.SectionSheet;
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

/**
 * 合法性审查: the legal advisor reads the section, never edits it, and approves it or returns it to the office with a
 * written opinion.
 */
@Route("sections/:sectionId(\\d+)/review")
@PermitAll
public class ReviewView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Refusal refusal = new Refusal();
    final SectionSheet sheet = new SectionSheet();
    final DecisionPanel decision;

    private final ReviewService service;
    private long sectionId;
    private String title;

    ReviewView(ReviewService service) {
        this.service = service;
        addClassName("page");
        title = getTranslation("review.title");

        decision = new DecisionPanel(
                getTranslation("review.opinion"),
                ReviewService.MAX_OPINION_LENGTH,
                getTranslation("review.approve"),
                getTranslation("review.return"));
        decision.onApprove(() -> service.approve(sectionId), () -> decided("review.approved"));
        decision.onReturn(opinion -> service.returnWithOpinion(sectionId, opinion), () -> decided("review.returned"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        sectionId = event.getRouteParameters().getLong("sectionId").orElse(-1L);
        if (!refusal.attempt(() -> show(service.section(sectionId), service.mayDecide(sectionId)))) {
            add(new H2(getTranslation("review.title")), refusal);
        }
    }

    private void show(SectionDetails details, boolean mayDecide) {
        title = details.numberedHeading();
        sheet.show(details, mayDecide ? decision : new Span(getTranslation("review.read-only")));
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
