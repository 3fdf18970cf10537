package com.reportflow.audit;

import com.reportflow.shared.AuditEvent.Outcome;
import com.reportflow.shared.ui.Formats;
import com.reportflow.shared.ui.Translations;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit trail's entries, newest first, in the reader's language: actions, targets, outcomes and the codes in
 * recorded details read as words; free text stays as written.
 */
class AuditGrid extends Grid<AuditRow> {

    AuditGrid() {
        addColumn(AuditRow::id).setHeader(getTranslation("audit.id")).setAutoWidth(true);
        addColumn(row -> Formats.dateTime(row.occurredAt()))
                .setHeader(getTranslation("audit.time"))
                .setAutoWidth(true);
        addColumn(row -> row.actor() == null ? getTranslation("audit.system") : row.actor())
                .setHeader(getTranslation("audit.actor"))
                .setAutoWidth(true);
        addColumn(row -> actionLabel(row.action()))
                .setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        addColumn(row -> targetLabel(row.target()))
                .setHeader(getTranslation("audit.target"))
                .setAutoWidth(true);
        addColumn(row -> outcomeLabel(row.outcome()))
                .setHeader(getTranslation("audit.outcome"))
                .setAutoWidth(true);
        addColumn(row -> detailLabel(row.detail()))
                .setHeader(getTranslation("audit.detail"))
                .setFlexGrow(3);
        addColumn(AuditRow::remoteAddress)
                .setHeader(getTranslation("audit.remote-address"))
                .setAutoWidth(true);
        setEmptyStateText(getTranslation("audit.empty"));
        setSizeFull();
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
}
