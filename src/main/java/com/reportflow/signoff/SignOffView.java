package com.reportflow.signoff;

import com.reportflow.checks.FindingsPanel;
import com.reportflow.inbox.InboxView;
import com.reportflow.report.DocumentPreview;
import com.reportflow.report.ExportLinks;
import com.reportflow.report.ReportDocument;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.Formats;
import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The director reads the deliberated report and signs it off (签发); afterwards the screen says who signed when. */
@Route("reports/:reportId(\\d+)/sign-off")
@RolesAllowed("DIRECTOR")
public class SignOffView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Refusal message = new Refusal();
    final Paragraph note = new Paragraph();
    final Button sign = new Button(getTranslation("signoff.sign"));
    final ConfirmDialog confirm = new ConfirmDialog();
    final Div preview = new Div();
    final FindingsPanel findings;
    final ExportLinks exportLinks = new ExportLinks();
    final VerticalLayout content = new VerticalLayout();

    private final SignOffService signOff;
    private long reportId;

    SignOffView(SignOffService signOff, FindingsPanel findings) {
        this.signOff = signOff;
        this.findings = findings;
        addClassName("page");
        note.addClassName("explanation");

        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sign.addClickListener(e -> confirm.open());
        confirm.setHeader(getTranslation("signoff.confirm.header"));
        confirm.setText(getTranslation("signoff.confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("signoff.cancel"));
        confirm.setConfirmText(getTranslation("signoff.sign"));
        confirm.addConfirmListener(e -> signOff());

        content.setPadding(false);
        content.add(new H2(getTranslation("step.signOff")), note, sign, findings, exportLinks, preview);
        content.setVisible(false);
        add(message, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reportId = event.getRouteParameters().getLong("reportId").orElse(-1L);
        content.setVisible(message.attempt(() -> show(signOff.document(reportId), signOff.maySign(reportId))));
    }

    private void show(ReportDocument document, boolean maySign) {
        sign.setVisible(maySign);
        if (maySign) {
            note.setText(getTranslation("signoff.ready"));
        } else {
            note.setText(signOff.signature(reportId)
                    .map(s -> getTranslation("signoff.signed", s.signerName(), Formats.dateTime(s.signedAt())))
                    .orElseGet(() -> getTranslation("signoff.not-waiting")));
        }
        findings.show(document);
        exportLinks.show(reportId);
        preview.removeAll();
        preview.add(new DocumentPreview(document));
    }

    private void signOff() {
        if (Errors.attempt(this, () -> signOff.signOff(reportId))) {
            Errors.success(this, "signoff.signed-now");
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("step.signOff");
    }
}
