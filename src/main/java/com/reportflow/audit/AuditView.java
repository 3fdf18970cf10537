package com.reportflow.audit;

import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;

/**
 * 审计日志: the admin reads the audit trail newest first, narrows it by dates, person, action, outcome and target,
 * downloads what is shown as CSV, and verifies the hash chain.
 */
@Menu(title = "menu.audit", order = 10, icon = "vaadin:records")
@Route("admin/audit")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    final Refusal refusal = new Refusal();
    final AuditFilters filters = new AuditFilters(this::applyFilter);
    final AuditGrid grid = new AuditGrid();
    final Anchor export;
    final Button verify = new Button(getTranslation("audit.verify"));
    final Span verification = new Span();

    private final AuditService audit;

    /** The filter last accepted; the download reads it outside the UI lock, hence volatile. */
    private volatile AuditFilter shown = AuditFilter.NONE;

    AuditView(AuditService audit) {
        this.audit = audit;
        addClassName("page");
        setSizeFull();

        DownloadHandler csv = event -> {
            event.setFileName("audit-log.csv");
            event.setContentType("text/csv; charset=UTF-8");
            audit.exportCsv(shown, event.getOutputStream());
        };
        export = new Anchor(csv, getTranslation("audit.export"));
        export.getElement().setAttribute("download", true);
        verify.setIcon(VaadinIcon.SHIELD.create());
        verify.addClickListener(e -> verifyChain());
        verification.addClassName("audit-verification");
        HorizontalLayout actions = new HorizontalLayout(export, verify, verification);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);

        add(new H2(getTranslation("menu.audit")), refusal, filters, actions, grid);
        if (refusal.attempt(() -> shown = audit.check(AuditFilter.NONE))) {
            showEntries();
        }
    }

    private void applyFilter() {
        AuditFilter wanted = filters.filter();
        Errors.attempt(this, () -> {
            shown = audit.check(wanted);
            showEntries();
        });
    }

    private void showEntries() {
        AuditFilter filter = shown;
        grid.setItems(query -> audit.entries(filter, query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, audit.count(filter)));
    }

    private void verifyChain() {
        Errors.attempt(this, () -> {
            AuditVerification result = audit.verify();
            verification.setText(
                    result.intact()
                            ? getTranslation("audit.verify.intact", result.checkedEntries())
                            : getTranslation(
                                    "audit.verify.broken",
                                    result.brokenAt() == null ? "—" : result.brokenAt(),
                                    getTranslation(
                                            "audit.problem." + result.problem().name()),
                                    result.checkedEntries()));
            verification.getElement().setAttribute("theme", result.intact() ? "badge success" : "badge error");
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit");
    }
}
