package com.reportflow.drafting;

import com.reportflow.inbox.InboxView;
import com.reportflow.report.HistoryPanel;
import com.reportflow.report.ReportSection;
import com.reportflow.report.ReturnOpinion;
import com.reportflow.report.SectionDetails;
import com.reportflow.report.SectionHeader;
import com.reportflow.report.SectionRevision;
import com.reportflow.report.SectionStatus;
import com.reportflow.revision.DiffView;
import com.reportflow.shared.UserFacingException;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.OversizedInput;
import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * 起草: the office's author writes the section, saved as they type; a save that would overwrite a colleague's newer
 * text is refused and the typed text stays in the field. Everyone else allowed to read the section sees it read-only.
 */
@Route("sections/:sectionId(\\d+)/draft")
@PermitAll
public class DraftView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int AUTOSAVE_MILLIS = 2_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    final Refusal refusal = new Refusal();
    final SectionHeader header = new SectionHeader();
    final ReturnOpinion opinion = new ReturnOpinion();
    final TextArea text = new TextArea();
    final Span savedAt = new Span();
    final Button save = new Button();
    final Button submit = new Button();
    final ConfirmDialog confirmSubmit = new ConfirmDialog();
    final Div stale = new Div();
    final Span staleMessage = new Span();
    final Button reload = new Button();
    final Button take = new Button();
    final Button release = new Button();
    final Div history = new Div();
    final Button withdraw = new Button();
    final ConfirmDialog confirmWithdraw = new ConfirmDialog();
    final Div sinceReturn = new Div();
    final DiffView changesSinceReturn = new DiffView();
    final DiffView theirChange = new DiffView();
    final Anchor timeline = new Anchor();
    final Details reference = new Details();
    final Span delegation = new Span();
    final Button handBack = new Button();
    final Div referenceText = new Div();

    private final DraftingService service;
    private long sectionId;
    private long version;
    private String savedText = "";
    private String returnedText;
    private boolean editable;
    private String title;
    /** The page holds a value too large to send: what the server has is not what the person sees. */
    private boolean heldBack;
    /** The text whose save failed, and the client request it failed in (the autosave and a click share one). */
    private String failedText;

    private int failedInRequest = Integer.MIN_VALUE;

    DraftView(DraftingService service) {
        this.service = service;
        addClassName("page");
        title = getTranslation("drafting.title");

        stale.addClassName("stale-edit");
        savedAt.addClassName("save-state");
        staleMessage.addClassName("error");

        text.setLabel(getTranslation("drafting.text"));
        // No maxlength: the browser would cut a long paste without a word. The service refuses what is too long and
        // says by how much; a value too large to send at all is held back in the page (OversizedInput).
        text.setManualValidation(true);
        text.setWidthFull();
        text.setMinHeight("24em");
        text.setValueChangeMode(ValueChangeMode.TIMEOUT);
        text.setValueChangeTimeout(AUTOSAVE_MILLIS);
        OversizedInput.onHeldBack(text, length -> {
            heldBack = true;
            text.setErrorMessage(getTranslation("error.oversized", length, OversizedInput.MAX_SENT_LENGTH));
            text.setInvalid(true);
            savedAt.setText(getTranslation("drafting.unsaved"));
        });
        text.addValueChangeListener(e -> {
            heldBack = false;
            showLength();
            showChangesSinceReturn();
            if (e.isFromClient()
                    && editable
                    && !stale.isVisible()
                    && !text.getValue().equals(savedText)) {
                store();
            }
        });

        save.setText(getTranslation("drafting.save"));
        save.addClickListener(e -> {
            // The click also sends the typed text, whose autosave has usually just stored it in this same request.
            if ((!heldBack && text.getValue().equals(savedText)) || store()) {
                Errors.success(this, "drafting.saved");
            }
        });
        submit.setText(getTranslation("drafting.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> confirmSubmit.open());
        handBack.setText(getTranslation("steering.hand-back"));
        handBack.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        handBack.addClickListener(e -> {
            if (store() && Errors.attempt(this, () -> service.handBack(sectionId))) {
                Errors.success(this, "steering.done.HAND_BACK");
                getUI().ifPresent(ui -> ui.navigate(InboxView.class));
            }
        });
        delegation.addClassName("delegation-notice");
        confirmSubmit.setHeader(getTranslation("drafting.submit"));
        confirmSubmit.setText(getTranslation("drafting.submit-confirm"));
        confirmSubmit.setConfirmText(getTranslation("drafting.submit"));
        confirmSubmit.setCancelable(true);
        confirmSubmit.setCancelText(getTranslation("drafting.cancel"));
        confirmSubmit.addConfirmListener(e -> submitText());

        take.setText(getTranslation("drafting.take"));
        take.addClickListener(e -> {
            if (Errors.attempt(this, () -> service.take(sectionId))) {
                Errors.success(this, "drafting.taken");
                Errors.attempt(this, this::load);
            }
        });
        release.setText(getTranslation("drafting.release"));
        release.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        release.addClickListener(e -> {
            if (Errors.attempt(this, () -> service.release(sectionId))) {
                Errors.success(this, "drafting.released");
                Errors.attempt(this, this::load);
            }
        });

        withdraw.setText(getTranslation("drafting.withdraw"));
        withdraw.addClickListener(e -> confirmWithdraw.open());
        confirmWithdraw.setHeader(getTranslation("drafting.withdraw"));
        confirmWithdraw.setText(getTranslation("drafting.withdraw-confirm"));
        confirmWithdraw.setConfirmText(getTranslation("drafting.withdraw"));
        confirmWithdraw.setCancelable(true);
        confirmWithdraw.setCancelText(getTranslation("drafting.cancel"));
        confirmWithdraw.addConfirmListener(e -> {
            if (Errors.attempt(this, () -> service.withdraw(sectionId))) {
                Errors.success(this, "drafting.withdrawn");
                Errors.attempt(this, this::load);
            }
        });

        referenceText.addClassName("section-text");
        referenceText.addClassName("reference-text");
        reference.setSummaryText(getTranslation("drafting.reference"));
        reference.add(referenceText);
        reference.setWidth("40%");
        sinceReturn.addClassName("since-return");
        sinceReturn.add(new H3(getTranslation("drafting.since-return")), changesSinceReturn);
        timeline.setText(getTranslation("drafting.timeline"));

        reload.setText(getTranslation("drafting.reload"));
        reload.addClickListener(e -> reloadOtherVersion());
        Span theirChangeCaption = new Span(getTranslation("drafting.their-change"));
        stale.add(staleMessage, reload, theirChangeCaption, theirChange);
        stale.setVisible(false);
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
        SectionDetails details = service.section(sectionId);
        editable = service.mayEdit(sectionId);
        removeAll();
        show(details);
    }

    private void show(SectionDetails details) {
        title = details.numberedHeading();
        header.show(details);
        opinion.show(
                details.status() == SectionStatus.RETURNED ? details : null,
                (actor, at) -> getTranslation("drafting.opinion", actor, at));
        returnedText = details.status() == SectionStatus.RETURNED
                ? details.returnedRevision().map(SectionRevision::getBody).orElse(null)
                : null;
        timeline.setHref(SectionDetails.timelineRoute(sectionId));

        version = details.version();
        savedText = details.body();
        text.setValue(details.body());
        text.setReadOnly(!editable);
        text.setInvalid(false);
        showLength();
        showChangesSinceReturn();
        savedAt.setText("");
        stale.setVisible(false);
        save.setVisible(editable);
        submit.setVisible(editable);
        take.setVisible(editable && details.holder() == null);
        release.setVisible(editable && details.holder() != null && service.holds(sectionId));
        withdraw.setVisible(!editable && service.mayWithdraw(sectionId));
        save.setEnabled(true);
        submit.setEnabled(true);

        history.removeAll();
        history.add(new HistoryPanel(details));

        Optional<String> delegatedBy = editable ? service.delegatedBy(sectionId) : Optional.empty();
        delegatedBy.ifPresent(by -> delegation.setText(getTranslation("steering.delegated.notice", by)));
        delegation.setVisible(delegatedBy.isPresent());
        handBack.setVisible(delegatedBy.isPresent());
        submit.setVisible(editable && delegatedBy.isEmpty());
        release.setVisible(release.isVisible() && delegatedBy.isEmpty());

        HorizontalLayout actions =
                new HorizontalLayout(save, submit, handBack, take, release, withdraw, savedAt, timeline);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
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
        add(delegation, stale, editor, actions, sinceReturn, history);
    }

    /** Saves what is typed; on refusal the typed text stays in the field and the reason is shown. */
    private boolean store() {
        if (heldBack) {
            savedAt.setText(getTranslation("drafting.unsaved"));
            text.setInvalid(true);
            return false;
        }
        String typed = text.getValue();
        int request = clientRequest();
        if (typed.equals(failedText) && request == failedInRequest) {
            // Already refused in this request (say, the database is gone): do not make the person wait twice.
            return false;
        }
        boolean stored =
                Errors.attempt(this, () -> showingRefusal(() -> version = service.save(sectionId, version, typed)));
        failedText = stored ? null : typed;
        failedInRequest = request;
        if (stored) {
            savedText = typed;
            text.setInvalid(false);
            savedAt.setText(getTranslation("drafting.saved-at", LocalTime.now().format(TIME)));
        } else {
            savedAt.setText(getTranslation("drafting.unsaved"));
        }
        return stored;
    }

    private int clientRequest() {
        return getUI().map(ui -> ui.getInternals().getLastProcessedClientToServerId())
                .orElse(Integer.MIN_VALUE + 1);
    }

    private void submitText() {
        String typed = text.getValue();
        if (Errors.attempt(this, () -> showingRefusal(() -> service.submit(sectionId, version, typed)))) {
            Errors.success(this, "drafting.submitted");
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        }
    }

    private void showingRefusal(Runnable action) {
        try {
            action.run();
        } catch (StaleEditException e) {
            staleMessage.setText(Errors.message(this, e));
            theirChange.show(savedText, service.section(sectionId).body());
            stale.setVisible(true);
            save.setEnabled(false);
            submit.setEnabled(false);
            throw e;
        } catch (UserFacingException e) {
            text.setErrorMessage(Errors.message(this, e));
            text.setInvalid(true);
            throw e;
        }
    }

    /** Replaces the typed text with the version stored by someone else, after the person had a chance to copy. */
    private void reloadOtherVersion() {
        Errors.attempt(this, this::load);
    }

    /** After a return, what the author has changed in the returned revision so far. */
    private void showChangesSinceReturn() {
        sinceReturn.setVisible(returnedText != null);
        if (returnedText != null) {
            changesSinceReturn.show(returnedText, text.getValue());
        }
    }

    private void showLength() {
        String value = text.getValue();
        text.setHelperText(getTranslation(
                "drafting.length", value.codePointCount(0, value.length()), ReportSection.MAX_BODY_LENGTH));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
