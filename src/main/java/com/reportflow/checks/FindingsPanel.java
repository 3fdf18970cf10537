package com.reportflow.checks;

import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportDocument;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.InputLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Scope;

/**
 * The report checks' findings as a list a coordinator or director can work through: where (numbered heading and
 * paragraph), what, the text in question and what to write instead. They inform and never block. The coordinator
 * (or admin) may dismiss a finding judged wrong, with a reason; dismissed findings are counted and listed apart.
 */
@SpringComponent
@Scope("prototype")
public class FindingsPanel extends Div {

    public final H3 caption = new H3();
    public final UnorderedList items = new UnorderedList();
    public final Details dismissedDetails = new Details();
    public final UnorderedList dismissedItems = new UnorderedList();

    private final ChecksService checks;
    private final Map<Long, String> headings = new HashMap<>();
    private long reportId;

    FindingsPanel(ChecksService checks) {
        this.checks = checks;
        addClassName("findings");
        dismissedDetails.add(dismissedItems);
        add(caption, items, dismissedDetails);
    }

    /** Runs the checks on the stored report and lists what they found, placed by the document's headings. */
    public void show(ReportDocument document) {
        show(document, checks.findings(document.reportId()));
    }

    /** Lists findings the screen has read together with the document. */
    public void show(ReportDocument document, ReportFindings found) {
        this.reportId = document.reportId();
        headings.clear();
        for (OutlineEntry entry : document.entries()) {
            headings.put(entry.sectionId(), entry.numberedHeading());
        }
        list(found);
    }

    private void refresh() {
        list(checks.findings(reportId));
    }

    private void list(ReportFindings found) {
        items.removeAll();
        caption.setText(
                found.open().isEmpty()
                        ? getTranslation("checks.none")
                        : getTranslation("checks.caption", found.open().size()));
        for (Finding finding : found.open()) {
            ListItem item = describe(finding);
            if (found.mayDismiss()) {
                addDismissal(item, finding);
            }
            items.add(item);
        }
        dismissedItems.removeAll();
        dismissedDetails.setSummaryText(
                getTranslation("checks.dismissed", found.dismissed().size()));
        dismissedDetails.setVisible(!found.dismissed().isEmpty());
        for (ReportFindings.DismissedFinding dismissed : found.dismissed()) {
            ListItem item = describe(dismissed.finding());
            Span reason = new Span(getTranslation("checks.dismissed.reason", dismissed.reason()));
            reason.addClassName("finding-reason");
            item.add(reason);
            dismissedItems.add(item);
        }
    }

    private ListItem describe(Finding finding) {
        ListItem item = new ListItem();
        item.addClassName("finding");
        String place = finding.sectionId() == null
                ? getTranslation("checks.place.report")
                : headings.getOrDefault(finding.sectionId(), "")
                        + (finding.paragraph() > 0
                                ? " · " + getTranslation("checks.place.paragraph", finding.paragraph())
                                : "");
        Span where = new Span(place);
        where.addClassName("finding-place");
        Span what = new Span(getTranslation(finding.messageKey(), translatedArgs(finding)));
        item.add(where, what);
        if (!finding.excerpt().isEmpty()) {
            Span excerpt = new Span("“" + finding.excerpt() + "”");
            excerpt.addClassName("finding-excerpt");
            item.add(excerpt);
        }
        if (!finding.suggestion().isEmpty()) {
            Span instead = new Span(getTranslation("checks.instead", finding.suggestion()));
            instead.addClassName("finding-instead");
            item.add(instead);
        }
        return item;
    }

    private void addDismissal(ListItem item, Finding finding) {
        Button dismiss = new Button(getTranslation("checks.dismiss"));
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        TextField reason = new TextField(getTranslation("checks.reason"));
        InputLimit.apply(reason, ChecksService.MAX_REASON_LENGTH);
        Button confirm = new Button(getTranslation("checks.dismiss.confirm"));
        reason.setVisible(false);
        confirm.setVisible(false);
        dismiss.addClickListener(e -> {
            reason.setVisible(true);
            confirm.setVisible(true);
            dismiss.setVisible(false);
        });
        confirm.addClickListener(e -> {
            if (Errors.attempt(this, () -> checks.dismiss(reportId, finding.key(), reason.getValue()))) {
                Errors.success(this, "checks.dismissed.done");
                refresh();
            }
        });
        item.add(dismiss, reason, confirm);
    }

    private Object[] translatedArgs(Finding finding) {
        return finding.args().stream()
                .map(arg -> arg instanceof String s && s.startsWith("checks.part.") ? getTranslation(s) : arg)
                .toArray();
    }
}
