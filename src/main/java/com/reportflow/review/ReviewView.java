package com.reportflow.review;

import com.reportflow.inbox.InboxView;
import com.reportflow.report.SectionDetails;
import com.reportflow.report.SectionRevision;
import com.reportflow.report.ui.SectionSheet;
import com.reportflow.revision.DiffView;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.Formats;
import com.reportflow.shared.ui.InputLimit;
import com.reportflow.shared.ui.Refusal;
import com.reportflow.workflow.Decision;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 合法性审查: the legal advisor reads the submitted revision, never edits it, sees what changed since the revision
 * they returned beside their earlier opinion, and approves it or returns it with a structured opinion.
 */
@Route("sections/:sectionId(\\d+)/review")
@PermitAll
public class ReviewView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Refusal refusal = new Refusal();
    final SectionSheet sheet = new SectionSheet();
    final Span revision = new Span();
    final Div sinceLastReview = new Div();
    final DiffView changes = new DiffView();
    final OpinionForm form;
    final Anchor timeline = new Anchor();
    final Div coReviews = new Div();
    final TextArea coOpinion = new TextArea();
    final Button giveCoReview = new Button();
    final Span delegation = new Span();
    final Button handBack = new Button();
    final Button claim = new Button();
    final Button giveBack = new Button();
    final Anchor steer = new Anchor();

    private final ReviewService service;
    private long sectionId;
    private Integer revisionNumber;
    private String title;

    ReviewView(ReviewService service) {
        this.service = service;
        addClassName("page");
        title = getTranslation("review.title");
        form = new OpinionForm(opinion -> service.decide(sectionId, revisionNumber, opinion), this::decided);
        sinceLastReview.addClassName("since-review");
        timeline.setText(getTranslation("section.timeline"));
        coReviews.addClassName("co-reviews");
        coOpinion.setLabel(getTranslation("steering.co-review.form"));
        coOpinion.setWidthFull();
        InputLimit.apply(coOpinion, 5_000);
        giveCoReview.setText(getTranslation("steering.co-review.give"));
        giveCoReview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        giveCoReview.addClickListener(e -> {
            if (Errors.attempt(this, () -> service.giveCoReview(sectionId, coOpinion.getValue()))) {
                Errors.success(this, "steering.co-review.given");
                getUI().ifPresent(ui -> ui.navigate(InboxView.class));
            }
        });
        claim.setText(getTranslation("steering.claim"));
        claim.addClickListener(e -> {
            if (Errors.attempt(this, () -> service.take(sectionId))) {
                Errors.success(this, "steering.done.CLAIM");
                refresh();
            }
        });
        giveBack.setText(getTranslation("steering.give-back"));
        giveBack.addClickListener(e -> {
            if (Errors.attempt(this, () -> service.release(sectionId))) {
                Errors.success(this, "steering.done.GIVE_BACK");
                refresh();
            }
        });
        steer.setText(getTranslation("review.steer"));
        handBack.setText(getTranslation("steering.hand-back"));
        handBack.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        handBack.addClickListener(e -> {
            if (Errors.attempt(this, () -> service.handBack(sectionId))) {
                Errors.success(this, "steering.done.HAND_BACK");
                getUI().ifPresent(ui -> ui.navigate(InboxView.class));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sectionId = event.getRouteParameters().getLong("sectionId").orElse(-1L);
        refresh();
    }

    private void refresh() {
        removeAll();
        if (!refusal.attempt(() -> show(service.screen(sectionId)))) {
            add(new H2(getTranslation("review.title")), refusal);
        }
    }

    private void show(ReviewScreen screen) {
        SectionDetails details = screen.details();
        boolean mayDecide = screen.mayDecide();
        title = details.numberedHeading();
        SectionRevision latest = details.latestRevision().orElse(null);
        revisionNumber = latest == null ? null : latest.getNumber();
        List<Component> parts = new ArrayList<>();
        if (latest != null) {
            revision.setText(getTranslation(
                    "review.revision",
                    latest.getNumber(),
                    latest.getSubmittedByName(),
                    Formats.dateTime(latest.getSubmittedAt())));
            parts.add(revision);
        }
        sinceLastReview.removeAll();
        details.lastLegallyReturnedRevision()
                .filter(returned -> latest != null && returned.getNumber() != latest.getNumber())
                .ifPresent(returned -> {
                    changes.show(returned.getBody(), latest.getBody());
                    sinceLastReview.add(
                            new H3(getTranslation("review.since-returned", returned.getNumber(), latest.getNumber())),
                            changes);
                    parts.add(sinceLastReview);
                });
        List<CoReviewRow> rows = screen.coReviews();
        coReviews.removeAll();
        if (!rows.isEmpty()) {
            UnorderedList lines = new UnorderedList();
            for (CoReviewRow row : rows) {
                lines.add(new ListItem(getTranslation(
                        "steering.co-review.line",
                        row.reviewerName(),
                        row.requestedByName(),
                        Formats.dateTime(row.requestedAt()),
                        row.open() ? getTranslation("steering.co-review.open") : row.opinion())));
            }
            coReviews.add(new H3(getTranslation("steering.co-reviews")), lines);
            parts.add(coReviews);
        }
        Optional<String> delegatedBy = screen.delegatedBy();
        if (delegatedBy.isPresent()) {
            delegation.setText(getTranslation("steering.delegated.notice", delegatedBy.get()));
            parts.add(delegation);
            parts.add(handBack);
        } else if (mayDecide) {
            // The pool's advisors may take the review (认领); its holder gives it back, or delegates or asks a
            // co-reviewer on the steering page.
            boolean holds = screen.holds();
            if (holds) {
                steer.setHref("steering/sections/" + sectionId);
                parts.add(new HorizontalLayout(giveBack, steer));
            } else {
                parts.add(claim);
            }
            form.reviewing(details.body());
            parts.add(form);
        } else if (screen.asksCoReview()) {
            parts.add(coOpinion);
            parts.add(giveCoReview);
        } else {
            parts.add(new Span(getTranslation("review.read-only")));
        }
        timeline.setHref(SectionDetails.timelineRoute(sectionId));
        parts.add(timeline);
        sheet.show(details, parts.toArray(Component[]::new));
        add(sheet);
    }

    private void decided(Decision decision) {
        Errors.success(this, decision == Decision.APPROVE ? "review.approved" : "review.returned");
        getUI().ifPresent(ui -> ui.navigate(InboxView.class));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
