package com.reportflow.drafting;

import com.reportflow.inbox.InboxView;
import com.reportflow.report.SectionDetails;
import com.reportflow.report.SectionRevision;
import com.reportflow.report.SectionStatus;
import com.reportflow.report.ui.HistoryPanel;
import com.reportflow.report.ui.ReturnOpinion;
import com.reportflow.report.ui.SectionHeader;
import com.reportflow.shared.UserFacingException;
import com.reportflow.shared.ui.Confirmation;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * 起草: the office's author writes the section, saved as they type; a save that would overwrite a colleague's newer
 * text is refused and the typed text stays in the field. Everyone else allowed to read the section sees it read-only.
 */
@Route("sections/:sectionId(\\d+)/draft")
@PermitAll
public class DraftView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Refusal refusal = new Refusal();
    final SectionHeader header = new SectionHeader();
    final ReturnOpinion opinion = new ReturnOpinion();
    final AutosavedText editor = new AutosavedText(this, this::typed);
    /** The editor's parts, named as the tests and the stylesheet know them. */
    final TextArea text = editor.text;

    final Span savedAt = editor.savedAt;
    final Button save = new Button();
    final Button submit = new Button();
    final ConfirmDialog confirmSubmit = new ConfirmDialog();
    final StaleEdit stale = new StaleEdit(this::reloadOtherVersion);
    final Div history = new Div();
    final SinceReturn sinceReturn = new SinceReturn();
    final Anchor timeline = new Anchor();
    final Details reference = new Details();
    final Div referenceText = new Div();
    final DraftTaskActions actions;

    private final DraftingService service;
    private long sectionId;
    private long version;
    private boolean editable;
    private String title;

    DraftView(DraftingService service) {
        this.service = service;
        addClassName("page");
        title = getTranslation("drafting.title");

        save.setText(getTranslation("drafting.save"));
        save.addClickListener(e -> {
            // The click also sends the typed text, whose autosave has usually just stored it in this same request.
            if (editor.unchanged() || store()) {
                Errors.success(this, "drafting.saved");
            }
        });
        submit.setText(getTranslation("drafting.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Confirmation.before(
                submit,
                confirmSubmit,
                new Confirmation.Keys(
                        "drafting.submit", "drafting.submit-confirm", "drafting.submit", "drafting.cancel"),
                this::submitText);

        actions = new DraftTaskActions(service, this, () -> sectionId, this::store, this::load);

        referenceText.addClassName("section-text");
        referenceText.addClassName("reference-text");
        reference.setSummaryText(getTranslation("drafting.reference"));
        reference.add(referenceText);
        reference.setWidth("40%");
        timeline.setText(getTranslation("drafting.timeline"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        sectionId = event.getRouteParameters().getLong("sectionId").orElse(-1L);
        editable = false;
        if (!refusal.attempt(this::load)) {
            add(new H2(getTranslation("drafting.title")), refusal);
        }
    }

    /** Reads the section and whether this person may edit it, then shows it in place of what was there. */
    private void load() {
        DraftScreen screen = service.screen(sectionId);
        editable = screen.editable();
        removeAll();
        show(screen);
    }

    private void show(DraftScreen screen) {
        SectionDetails details = screen.details();
        title = details.numberedHeading();
        header.show(details);
        opinion.show(
                details.status() == SectionStatus.RETURNED ? details : null,
                (actor, at) -> getTranslation("drafting.opinion", actor, at));
        sinceReturn.returned(
                details.status() == SectionStatus.RETURNED
                        ? details.returnedRevision()
                                .map(SectionRevision::getBody)
                                .orElse(null)
                        : null);
        timeline.setHref(SectionDetails.timelineRoute(sectionId));

        version = details.version();
        editor.load(details.body(), editable);
        showChangesSinceReturn();
        stale.setVisible(false);
        save.setVisible(editable);
        submit.setVisible(editable && screen.delegatedBy().isEmpty());
        actions.show(screen);
        save.setEnabled(true);
        submit.setEnabled(true);

        history.removeAll();
        history.add(new HistoryPanel(details));

        HorizontalLayout buttons = new HorizontalLayout(
                save, submit, actions.handBack, actions.take, actions.release, actions.withdraw, savedAt, timeline);
        buttons.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header, opinion);
        if (!editable) {
            add(new Span(getTranslation("drafting.read-only")));
        }
        referenceText.setText(details.referenceText());
        reference.setVisible(!details.referenceText().isEmpty());
        reference.setOpened(editable);
        HorizontalLayout editor = new HorizontalLayout(text, reference);
        editor.setWidthFull();
        editor.setFlexGrow(3, text);
        editor.setFlexGrow(2, reference);
        add(actions.delegation, stale, editor, buttons, sinceReturn, history);
    }

    /** After each change the person makes: the changes since the return, then the autosave. */
    private void typed() {
        showChangesSinceReturn();
        if (editable && !stale.isVisible() && !editor.unchanged()) {
            store();
        }
    }

    /** Saves what is typed; on refusal the typed text stays in the field and the reason is shown. */
    private boolean store() {
        return editor.store(typed ->
                Errors.attempt(this, () -> showingRefusal(() -> version = service.save(sectionId, version, typed))));
    }

    private void submitText() {
        String typed = editor.typed();
        if (Errors.attempt(this, () -> showingRefusal(() -> service.submit(sectionId, version, typed)))) {
            Errors.success(this, "drafting.submitted");
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        }
    }

    private void showingRefusal(Runnable action) {
        try {
            action.run();
        } catch (StaleEditException e) {
            stale.show(
                    Errors.message(this, e),
                    editor.saved(),
                    service.section(sectionId).body());
            save.setEnabled(false);
            submit.setEnabled(false);
            throw e;
        } catch (UserFacingException e) {
            editor.refused(Errors.message(this, e));
            throw e;
        }
    }

    /** Replaces the typed text with the version stored by someone else, after the person had a chance to copy. */
    private void reloadOtherVersion() {
        Errors.attempt(this, this::load);
    }

    /** After a return, what the author has changed in the returned revision so far. */
    private void showChangesSinceReturn() {
        sinceReturn.show(editor.typed());
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
