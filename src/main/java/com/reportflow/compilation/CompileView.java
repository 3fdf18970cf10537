package com.reportflow.compilation;

import com.reportflow.checks.FindingsPanel;
import com.reportflow.inbox.InboxView;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportDocument;
import com.reportflow.report.SectionStatus;
import com.reportflow.report.ui.DocumentPreview;
import com.reportflow.report.ui.ExportLinks;
import com.reportflow.shared.ui.Confirmation;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.InputLimit;
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
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;

/**
 * The coordinator's compile step: the assembled report numbered from its outline, the title, issuer and closing
 * date, and sending it to the leadership group's deliberation. Open only when every section is approved.
 */
@Route("reports/:reportId(\\d+)/compile")
@RolesAllowed("COORDINATOR")
public class CompileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Refusal message = new Refusal();
    final Paragraph explanation = new Paragraph();
    final TextField title = new TextField(getTranslation("compilation.title"));
    final TextField issuer = new TextField(getTranslation("compilation.issuer"));
    final DatePicker closingDate = new DatePicker(getTranslation("compilation.closing-date"));
    final FormLayout form = new FormLayout(title, issuer, closingDate);
    final Button send = new Button(getTranslation("compilation.send"));
    final ConfirmDialog confirm = new ConfirmDialog();
    final Div preview = new Div();
    final FindingsPanel findings;
    final ExportLinks exportLinks = new ExportLinks();
    final VerticalLayout content = new VerticalLayout();

    private final CompilationService compilation;
    private long reportId;

    CompileView(CompilationService compilation, FindingsPanel findings) {
        this.compilation = compilation;
        this.findings = findings;
        addClassName("page");
        explanation.addClassName("explanation");

        title.setWidthFull();
        InputLimit.apply(title, 200);
        title.setRequiredIndicatorVisible(true);
        issuer.setRequiredIndicatorVisible(true);
        issuer.setHelperText(getTranslation("compilation.issuer.help"));
        InputLimit.apply(issuer, 200);
        closingDate.setRequiredIndicatorVisible(true);
        closingDate.setHelperText(getTranslation("compilation.closing-date.help"));
        form.setColspan(title, 2);

        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Confirmation.before(
                send,
                confirm,
                new Confirmation.Keys(
                        "compilation.confirm.header",
                        "compilation.confirm.text",
                        "compilation.send",
                        "compilation.cancel"),
                this::sendToDeliberation);

        content.setPadding(false);
        content.add(
                new H2(getTranslation("step.compileReport")),
                explanation,
                form,
                send,
                findings,
                exportLinks,
                new H3(getTranslation("compilation.preview")),
                preview);
        content.setVisible(false);
        add(message, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reportId = event.getRouteParameters().getLong("reportId").orElse(-1L);
        content.setVisible(message.attempt(() -> show(compilation.screen(reportId))));
    }

    private void show(CompileScreen screen) {
        ReportDocument document = screen.document();
        boolean mayCompile = screen.mayCompile();
        title.setValue(document.title());
        issuer.setValue(document.issuer() == null ? "" : document.issuer());
        LocalDate today = LocalDate.now();
        closingDate.setMin(today);
        closingDate.setMax(today.plusDays(CompilationService.MAX_DAYS_AHEAD));
        closingDate.setValue(
                document.closingDate() == null || document.closingDate().isBefore(today)
                        ? today
                        : document.closingDate());
        long total = document.entries().stream().filter(OutlineEntry::assigned).count();
        long approved = document.entries().stream()
                .filter(e -> e.assigned() && e.status() == SectionStatus.APPROVED)
                .count();
        if (mayCompile) {
            explanation.setText(getTranslation("compilation.ready", total));
        } else if (approved < total) {
            explanation.setText(getTranslation("compilation.not-ready", approved, total));
        } else {
            explanation.setText(getTranslation("compilation.not-waiting"));
        }
        form.setVisible(mayCompile);
        send.setVisible(mayCompile);
        findings.show(document, screen.findings());
        exportLinks.show(reportId);
        preview.removeAll();
        preview.add(new DocumentPreview(document));
    }

    private void sendToDeliberation() {
        if (Errors.attempt(
                this,
                () -> compilation.sendToDeliberation(
                        reportId, title.getValue(), issuer.getValue(), closingDate.getValue()))) {
            Errors.success(this, "compilation.sent");
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("step.compileReport");
    }
}
