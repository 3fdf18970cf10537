package com.reportflow.publication;

import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportDocument;
import com.reportflow.report.ReportSection;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.Formats;
import com.reportflow.shared.ui.InputLimit;
import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 更正或撤回: the coordinator corrects a published report (title, section texts, 发文字号, 有效性) with a reason the
 * public page shows, or withdraws it from the catalogue. Earlier versions stay on record and readable.
 */
@Route("reports/:reportId(\\d+)/correction")
@RolesAllowed("COORDINATOR")
public class CorrectionView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Refusal refusal = new Refusal();
    final TextField title = new TextField(getTranslation("correction.title"));
    final TextField documentNumber = new TextField(getTranslation("publication.field.document-number"));
    final Select<String> validity = new Select<>();
    final Map<Long, TextArea> bodies = new LinkedHashMap<>();
    final VerticalLayout sections = new VerticalLayout();
    final TextArea reason = new TextArea(getTranslation("correction.reason"));
    final Button correct = new Button(getTranslation("correction.publish"));
    final Button withdraw = new Button(getTranslation("correction.withdraw"));
    final UnorderedList versions = new UnorderedList();
    final VerticalLayout content = new VerticalLayout();

    private final PublicationAmendments amendments;
    private long reportId;
    private final Map<Long, String> published = new HashMap<>();

    CorrectionView(PublicationAmendments amendments, DisclosureLists lists) {
        this.amendments = amendments;
        addClassName("page");
        title.setWidthFull();
        InputLimit.apply(title, 200);
        InputLimit.apply(documentNumber, 60);
        validity.setLabel(getTranslation("publication.field.validity"));
        validity.setItems(lists.validities());
        validity.setEmptySelectionAllowed(true);
        sections.setPadding(false);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText(getTranslation("correction.reason.help"));
        InputLimit.apply(reason, 2_000);
        correct.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        correct.addClickListener(e -> correct());
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.addClickListener(e -> confirmWithdraw());
        content.setPadding(false);
        content.add(
                new Span(getTranslation("correction.help")),
                title,
                new HorizontalLayout(documentNumber, validity),
                sections,
                reason,
                new HorizontalLayout(correct, withdraw),
                new H3(getTranslation("correction.versions")),
                versions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        reportId = event.getRouteParameters().getLong("reportId").orElse(-1L);
        add(new H2(getTranslation("correction.heading")), refusal);
        if (refusal.attempt(this::load)) {
            add(content, new Anchor("reports/" + reportId + "/publish", getTranslation("correction.back")));
        }
    }

    private void load() {
        List<PublishedVersion> all = amendments.versions(reportId);
        if (!amendments.mayAmend(reportId) || all.isEmpty()) {
            throw new InvalidInputException("error.correction.not-published");
        }
        PublishedVersion latest = all.getLast();
        ReportDocument text = latest.document();
        title.setValue(text.title());
        documentNumber.setValue(latest.getDocumentNumber() == null ? "" : latest.getDocumentNumber());
        validity.setValue(latest.getValidity());
        bodies.clear();
        published.clear();
        sections.removeAll();
        for (OutlineEntry entry : text.entries()) {
            if (!entry.assigned()) {
                sections.add(new H3(entry.numberedHeading()));
                continue;
            }
            TextArea body = new TextArea(entry.numberedHeading());
            body.setValue(entry.body());
            body.setWidthFull();
            InputLimit.apply(body, ReportSection.MAX_BODY_LENGTH);
            bodies.put(entry.sectionId(), body);
            published.put(entry.sectionId(), entry.body());
            sections.add(body);
        }
        reason.clear();
        versions.removeAll();
        for (PublishedVersion v : all) {
            versions.add(new ListItem(getTranslation(
                    "correction.version." + v.getChange().name(),
                    v.getNumber(),
                    Formats.dateTime(v.getCreatedAt()),
                    v.getCreatedByName(),
                    v.getReason() == null ? "" : v.getReason())));
        }
    }

    private void correct() {
        Map<Long, String> changed = new HashMap<>();
        bodies.forEach((id, area) -> {
            if (!area.getValue().equals(published.get(id))) {
                changed.put(id, area.getValue());
            }
        });
        int[] version = new int[1];
        if (Errors.attempt(
                this,
                () -> version[0] = amendments.correct(
                        reportId,
                        new Correction(
                                title.getValue(),
                                documentNumber.getValue(),
                                validity.getValue(),
                                changed,
                                reason.getValue())))) {
            Errors.success(this, "correction.published");
            Errors.attempt(this, this::load);
        }
    }

    private void confirmWithdraw() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("correction.withdraw"));
        dialog.setText(getTranslation("correction.withdraw-confirm"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("correction.cancel"));
        dialog.setConfirmText(getTranslation("correction.withdraw"));
        dialog.addConfirmListener(e -> {
            if (Errors.attempt(this, () -> amendments.withdraw(reportId, reason.getValue()))) {
                Errors.success(this, "correction.withdrawn");
                getUI().ifPresent(ui -> ui.navigate("reports/" + reportId + "/publish"));
            }
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("correction.heading");
    }
}
