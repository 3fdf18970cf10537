package com.reportflow.drafting;

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

/** 科室负责人审核: the office head reads the draft and passes it on to legality review or returns it. */
@Route("sections/:sectionId(\\d+)/office-check")
@PermitAll
public class OfficeCheckView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

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
    final Button returnToAuthor = new Button();
    final Div history = new Div();

    private final DraftingService service;
    private long sectionId;
    private String title;

    OfficeCheckView(DraftingService service) {
        this.service = service;
        addClassName("page");
        title = getTranslation("drafting.check.title");
        refusal.addClassName("refusal");
        previousOpinion.addClassName("opinion");
        sectionText.addClassName("section-text");
        sectionText.setWidthFull();

        opinion.setLabel(getTranslation("drafting.check.opinion"));
        opinion.setMaxLength(DraftingService.MAX_OPINION_LENGTH);
        opinion.setManualValidation(true);
        opinion.setWidthFull();
        approve.setText(getTranslation("drafting.check.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(e -> decide(() -> service.approveInOffice(sectionId), "drafting.check.approved"));
        returnToAuthor.setText(getTranslation("drafting.check.return"));
        returnToAuthor.addThemeVariants(ButtonVariant.LUMO_ERROR);
        returnToAuthor.addClickListener(e -> decide(() -> service.returnInOffice(sectionId, opinion.getValue()),
                "drafting.check.returned"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        sectionId = event.getRouteParameters().getLong("sectionId").orElse(-1L);
        SectionDetails details;
        boolean mayCheck;
        try {
            details = service.section(sectionId);
            mayCheck = service.mayCheck(sectionId);
        } catch (UserFacingException e) {
            refusal.setText(Errors.message(this, e));
            add(new H2(getTranslation("drafting.check.title")), refusal);
            return;
        }
        show(details, mayCheck);
    }

    private void show(SectionDetails details, boolean mayCheck) {
        title = details.numberedHeading();
        heading.setText(details.numberedHeading());
        reportTitle.setText(details.reportTitle());
        office.setText(getTranslation("drafting.office", details.officeName()));
        dueDate.setText(getTranslation("drafting.due", Formats.date(details.dueDate())));
        status.setText(getTranslation("status." + details.status().name()));
        HistoryEntry latestReturn = details.latestReturn();
        previousOpinion.removeAll();
        previousOpinion.setVisible(latestReturn != null);
        if (latestReturn != null) {
            Div comment = new Div();
            comment.setText(latestReturn.getComment());
            previousOpinion.add(new H3(getTranslation("drafting.check.previous-opinion", latestReturn.getActorName(),
                    Formats.dateTime(latestReturn.getOccurredAt()))), comment);
        }
        sectionText.setText(details.body());
        history.removeAll();
        history.add(new HistoryPanel(details.history()));

        add(heading, new HorizontalLayout(reportTitle, office, dueDate, status), previousOpinion, sectionText);
        if (mayCheck) {
            add(opinion, new HorizontalLayout(approve, returnToAuthor));
        } else {
            add(new Span(getTranslation("drafting.check.read-only")));
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
