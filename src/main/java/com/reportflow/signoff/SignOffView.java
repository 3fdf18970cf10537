package com.reportflow.signoff;

import com.reportflow.checks.FindingsPanel;
import com.reportflow.deliberation.DeliberationRecord;
import com.reportflow.inbox.InboxView;
import com.reportflow.report.ReportDocument;
import com.reportflow.report.ui.DocumentPreview;
import com.reportflow.report.ui.ExportLinks;
import com.reportflow.shared.ui.Confirmation;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.Formats;
import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;

/**
 * The director reads what the leadership group decided and the report as it will be signed, fixes the written date
 * (成文日期) and signs it off (签发); afterwards the screen says who signed when.
 */
@Route("reports/:reportId(\\d+)/sign-off")
@RolesAllowed("DIRECTOR")
public class SignOffView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Refusal message = new Refusal();
    final Paragraph note = new Paragraph();
    final Div deliberation = new Div();
    final DatePicker documentDate = new DatePicker(getTranslation("signoff.written-date"));
    final Button sign = new Button(getTranslation("signoff.sign"));
    final ConfirmDialog confirm = new ConfirmDialog();
    final Div preview = new Div();
    final FindingsPanel findings;
    final ExportLinks exportLinks = new ExportLinks();
    final VerticalLayout content = new VerticalLayout();

    private final SignOffService signOff;
    private long reportId;
    private ReportDocument document;

    SignOffView(SignOffService signOff, FindingsPanel findings) {
        this.signOff = signOff;
        this.findings = findings;
        addClassName("page");
        note.addClassName("explanation");

        documentDate.setRequiredIndicatorVisible(true);
        documentDate.addValueChangeListener(e -> showPreview());

        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Confirmation.before(
                sign,
                confirm,
                new Confirmation.Keys(
                        "signoff.confirm.header", "signoff.confirm.text", "signoff.sign", "signoff.cancel"),
                this::signOff);

        content.setPadding(false);
        content.add(
                new H2(getTranslation("step.signOff")),
                note,
                deliberation,
                documentDate,
                sign,
                findings,
                exportLinks,
                new H3(getTranslation("signoff.document")),
                preview);
        content.setVisible(false);
        add(message, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reportId = event.getRouteParameters().getLong("reportId").orElse(-1L);
        content.setVisible(message.attempt(() -> show(signOff.screen(reportId))));
    }

    private void show(SignOffScreen screen) {
        ReportDocument document = screen.document();
        boolean maySign = screen.maySign();
        this.document = document;
        sign.setVisible(maySign);
        documentDate.setVisible(maySign);
        if (maySign) {
            note.setText(getTranslation("signoff.ready"));
            LocalDate today = signOff.defaultWrittenDate();
            documentDate.setMin(today);
            documentDate.setMax(today.plusDays(SignOffService.MAX_DAYS_AFTER_SIGNING));
            documentDate.setHelperText(getTranslation(
                    "signoff.written-date.help",
                    SignOffService.MAX_DAYS_AFTER_SIGNING,
                    document.closingDate() == null ? "—" : Formats.date(document.closingDate())));
            documentDate.setValue(today);
        } else {
            note.setText(screen.signature()
                    .map(s -> getTranslation("signoff.signed", s.signerName(), Formats.dateTime(s.signedAt())))
                    .orElseGet(() -> getTranslation("signoff.not-waiting")));
        }
        showDeliberation(screen.deliberation().orElse(null));
        findings.show(document, screen.findings());
        exportLinks.show(reportId);
        showPreview();
    }

    private void showDeliberation(DeliberationRecord record) {
        deliberation.removeAll();
        deliberation.add(new H3(getTranslation("signoff.deliberation")));
        if (record == null) {
            deliberation.add(new Paragraph(getTranslation("signoff.deliberation.none")));
            return;
        }
        FormLayout facts = new FormLayout();
        facts.setMaxWidth("860px");
        facts.addFormItem(new Span(record.meetingName()), getTranslation("signoff.deliberation.meeting"));
        facts.addFormItem(new Span(Formats.date(record.meetingDate())), getTranslation("signoff.deliberation.date"));
        facts.addFormItem(
                new Span(getTranslation(
                        "deliberation.outcome." + record.outcome().name())),
                getTranslation("signoff.deliberation.outcome"));
        String notes = record.notes() == null || record.notes().isBlank()
                ? getTranslation("signoff.deliberation.no-notes")
                : record.notes();
        Span opinion = new Span(notes);
        opinion.getStyle().set("white-space", "pre-line");
        facts.addFormItem(opinion, getTranslation("signoff.deliberation.notes"));
        deliberation.add(facts);
    }

    /** The report as it will be signed: while the director may sign, dated with the date they chose. */
    private void showPreview() {
        if (document == null) {
            return;
        }
        ReportDocument shown = documentDate.isVisible() && documentDate.getValue() != null
                ? new ReportDocument(
                        document.reportId(),
                        document.year(),
                        document.title(),
                        document.issuer(),
                        documentDate.getValue(),
                        document.entries())
                : document;
        preview.removeAll();
        preview.add(new DocumentPreview(shown));
    }

    private void signOff() {
        if (Errors.attempt(this, () -> signOff.signOff(reportId, documentDate.getValue()))) {
            Errors.success(this, "signoff.signed-now");
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("step.signOff");
    }
}
