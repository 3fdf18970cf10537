package com.reportflow.review;

import com.reportflow.inbox.InboxView;
import com.reportflow.report.HistoryEntry;
import com.reportflow.report.HistoryPanel;
import com.reportflow.report.SectionDetails;
import com.reportflow.shared.UserFacingException;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
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

    final Span refusal = new Span();
    final H2 heading = new H2();
    final Span reportTitle = new Span();
    final Span office = new Span();
    final Span dueDate = new Span();
    final Span status = new Span();
    final Div previousOpinion = new Div();
    final Div sectionText = new Div();
    final TextArea opinion = new TextArea();
    final Button approve = new Button();
    final Button returnWithOpinion = new Button();
    final Div history = new Div();

    private final ReviewService service;
    private long sectionId;
    private String title;

    ReviewView(ReviewService service) {
        this.service = service;
        addClassName("page");
        title = getTranslation("review.title");
        refusal.addClassName("refusal");
        previousOpinion.addClassName("opinion");
        sectionText.addClassName("section-text");
        sectionText.setWidthFull();

        opinion.setLabel(getTranslation("review.opinion"));
        opinion.setMaxLength(ReviewService.MAX_OPINION_LENGTH);
        opinion.setManualValidation(true);
        opinion.setWidthFull();
        approve.setText(getTranslation("review.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(e -> decide(() -> service.approve(sectionId), "review.approved"));
        returnWithOpinion.setText(getTranslation("review.return"));
        returnWithOpinion.addThemeVariants(ButtonVariant.LUMO_ERROR);
        returnWithOpinion.addClickListener(e -> decide(
                () -> service.returnWithOpinion(sectionId, opinion.getValue()), "review.returned"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        sectionId = event.getRouteParameters().getLong("sectionId").orElse(-1L);
        SectionDetails details;
        boolean mayDecide;
        try {
            details = service.section(sectionId);
            mayDecide = service.mayDecide(sectionId);
        } catch (UserFacingException e) {
            refusal.setText(Errors.message(this, e));
            add(new H2(getTranslation("review.title")), refusal);
            return;
        }
        show(details, mayDecide);
    }

    private void show(SectionDetails details, boolean mayDecide) {
        title = details.numberedHeading();
        heading.setText(details.numberedHeading());
        reportTitle.setText(details.reportTitle());
        office.setText(getTranslation("review.office", details.officeName()));
        dueDate.setText(getTranslation("review.due", Formats.date(details.dueDate())));
        status.setText(getTranslation("status." + details.status().name()));
        HistoryEntry latestReturn = details.latestReturn();
        previousOpinion.removeAll();
        previousOpinion.setVisible(latestReturn != null);
        if (latestReturn != null) {
            Div comment = new Div();
            comment.setText(latestReturn.getComment());
            previousOpinion.add(new H3(getTranslation("review.previous-opinion", latestReturn.getActorName(),
                    Formats.dateTime(latestReturn.getOccurredAt()))), comment);
        }
        sectionText.setText(details.body());
        history.removeAll();
        history.add(new HistoryPanel(details.history()));

        add(heading, new HorizontalLayout(reportTitle, office, dueDate, status), previousOpinion, sectionText);
        if (mayDecide) {
            add(opinion, new HorizontalLayout(approve, returnWithOpinion));
        } else {
            add(new Span(getTranslation("review.read-only")));
        }
        add(history);
    }

    private void decide(Runnable decision, String successKey) {
        boolean done = Errors.attempt(this, () -> {
            try {
                decision.run();
            } catch (UserFacingException e) {
                opinion.setErrorMessage(Errors.message(this, e));
                opinion.setInvalid(true);
                throw e;
            }
        });
        if (done) {
            Errors.success(this, successKey);
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
