package com.reportflow.audit;

import com.reportflow.shared.AuditEvent.Outcome;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.Formats;
import com.reportflow.shared.ui.InputLimit;
import com.reportflow.shared.ui.Refusal;
import com.reportflow.shared.ui.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 审计日志: the admin reads the audit trail newest first, narrows it by dates, person, action, outcome and target,
 * downloads what is shown as CSV, and verifies the hash chain.
 */
@Route("admin/audit")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    final Refusal refusal = new Refusal();
    final DatePicker from = new DatePicker(getTranslation("audit.from"));
    final DatePicker to = new DatePicker(getTranslation("audit.to"));
    final TextField actor = new TextField(getTranslation("audit.actor"));
    final TextField action = new TextField(getTranslation("audit.action"));
    final Select<Outcome> outcome = new Select<>();
    final TextField target = new TextField(getTranslation("audit.target"));
    final Button apply = new Button(getTranslation("audit.apply"));
    final Grid<AuditRow> grid = new Grid<>();
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

        outcome.setLabel(getTranslation("audit.outcome"));
        outcome.setItems(Outcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("audit.outcome.any"));
        outcome.setItemLabelGenerator(o -> o == null ? getTranslation("audit.outcome.any") : outcomeLabel(o));
        for (TextField field : new TextField[] {actor, action, target}) {
            InputLimit.apply(field, AuditService.MAX_FILTER_LENGTH);
            field.setClearButtonVisible(true);
        }
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> applyFilter());
        HorizontalLayout filters = new HorizontalLayout(from, to, actor, action, outcome, target, apply);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(AuditRow::id).setHeader(getTranslation("audit.id")).setAutoWidth(true);
        grid.addColumn(row -> Formats.dateTime(row.occurredAt()))
                .setHeader(getTranslation("audit.time"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.actor() == null ? getTranslation("audit.system") : row.actor())
                .setHeader(getTranslation("audit.actor"))
                .setAutoWidth(true);
        grid.addColumn(row -> actionLabel(row.action()))
                .setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(row -> targetLabel(row.target()))
                .setHeader(getTranslation("audit.target"))
                .setAutoWidth(true);
        grid.addColumn(row -> outcomeLabel(row.outcome()))
                .setHeader(getTranslation("audit.outcome"))
                .setAutoWidth(true);
        grid.addColumn(row -> detailLabel(row.detail()))
                .setHeader(getTranslation("audit.detail"))
                .setFlexGrow(3);
        grid.addColumn(AuditRow::remoteAddress)
                .setHeader(getTranslation("audit.remote-address"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setSizeFull();

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
        AuditFilter wanted = new AuditFilter(
                from.getValue(),
                to.getValue(),
                actor.getValue(),
                action.getValue(),
                outcome.getValue(),
                target.getValue());
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

    /** An action code in the reader's language: the trail's own codes, else a report history action, else as stored. */
    private String actionLabel(String code) {
        return label(code, "audit.action.", "history.");
    }

    /** "section:2" reads as 章节 2: the kind of object in the reader's language, its id or name as recorded. */
    private String targetLabel(String target) {
        if (target == null) {
            return "";
        }
        int colon = target.indexOf(':');
        if (colon > 0) {
            String key = "audit.target.kind." + target.substring(0, colon);
            if (has(key)) {
                return getTranslation(key, target.substring(colon + 1));
            }
        }
        return target;
    }

    /**
     * The recorded detail with its field names and codes in the reader's language ("roles=LEGAL_ADVISOR; office=-"
     * reads as 角色：法律顾问；科室：-); free text stays as written.
     */
    private String detailLabel(String detail) {
        if (detail == null) {
            return "";
        }
        String fields = DETAIL_FIELD.matcher(detail).replaceAll(m -> {
            String key = "audit.detail.field." + m.group(1);
            return Matcher.quoteReplacement(has(key) ? getTranslation(key) : m.group());
        });
        String codes = CODE.matcher(fields)
                .replaceAll(m -> Matcher.quoteReplacement(
                        label(m.group(), "people.role.", "audit.action.", "history.", "stage.", "audit.outcome.")));
        return NULL_VALUE.matcher(codes).replaceAll("—");
    }

    private static final Pattern DETAIL_FIELD = Pattern.compile("\\b([a-z][A-Za-z]*)=");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");
    private static final Pattern NULL_VALUE = Pattern.compile("(?<=[：:])null\\b");

    /** The first of the keys prefixed to the code that has a text, else the code itself. */
    private String label(String code, String... prefixes) {
        for (String prefix : prefixes) {
            if (has(prefix + code)) {
                return getTranslation(prefix + code);
            }
        }
        return code;
    }

    private static boolean has(String key) {
        return VaadinService.getCurrent().getInstantiator().getI18NProvider() instanceof Translations t && t.has(key);
    }

    private String outcomeLabel(Outcome value) {
        return getTranslation("audit.outcome." + value.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit");
    }
}
