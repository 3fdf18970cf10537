package com.reportflow.report;

import com.reportflow.report.ui.HistoryPanel;
import com.reportflow.report.ui.SectionHeader;
import com.reportflow.revision.DiffView;
import com.reportflow.shared.ui.Formats;
import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;

/**
 * A section's record: every submitted revision, decision and opinion in order, each revision readable in full, and
 * any two revisions (or the current draft) compared character by character.
 */
@Route("sections/:sectionId(\\d+)/timeline")
@PermitAll
public class SectionTimelineView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Refusal refusal = new Refusal();
    final SectionHeader header = new SectionHeader();
    final Select<Version> from = new Select<>();
    final Select<Version> to = new Select<>();
    final DiffView diff = new DiffView();
    final Div revisionTexts = new Div();

    private final ReportQueries queries;
    private String title;

    /** A text that can be compared: a revision, or the draft as saved now. */
    record Version(String label, String body) {}

    SectionTimelineView(ReportQueries queries) {
        this.queries = queries;
        addClassName("page");
        title = getTranslation("timeline.title");
        from.setLabel(getTranslation("timeline.from"));
        to.setLabel(getTranslation("timeline.to"));
        from.setItemLabelGenerator(Version::label);
        to.setItemLabelGenerator(Version::label);
        from.addValueChangeListener(e -> compare());
        to.addValueChangeListener(e -> compare());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long sectionId = event.getRouteParameters().getLong("sectionId").orElse(-1L);
        if (!refusal.attempt(() -> show(queries.section(sectionId)))) {
            add(new H2(getTranslation("timeline.title")), refusal);
        }
    }

    private void show(SectionDetails details) {
        title = getTranslation("timeline.title") + " · " + details.numberedHeading();
        header.show(details);
        List<Version> versions = new ArrayList<>();
        revisionTexts.removeAll();
        for (SectionRevision revision : details.revisions()) {
            String label = getTranslation("revision.number", revision.getNumber()) + " · "
                    + revision.getSubmittedByName() + " · " + Formats.dateTime(revision.getSubmittedAt());
            versions.add(new Version(label, revision.getBody()));
            Div body = new Div();
            body.addClassName("section-text");
            body.setText(revision.getBody());
            revisionTexts.add(new Details(label, body));
        }
        String latest = details.latestRevision().map(SectionRevision::getBody).orElse(null);
        if (!details.body().isEmpty() && !details.body().equals(latest)) {
            versions.add(new Version(getTranslation("timeline.current"), details.body()));
        }
        add(header);
        if (versions.size() < 2) {
            add(new Span(getTranslation(versions.isEmpty() ? "timeline.none" : "timeline.one")));
        } else {
            from.setItems(versions);
            to.setItems(versions);
            from.setValue(versions.get(versions.size() - 2));
            to.setValue(versions.getLast());
            add(new H3(getTranslation("timeline.compare")), new HorizontalLayout(from, to), diff);
        }
        if (!details.revisions().isEmpty()) {
            add(new H3(getTranslation("timeline.revisions")), revisionTexts);
        }
        add(new HistoryPanel(details));
    }

    private void compare() {
        if (from.getValue() != null && to.getValue() != null) {
            diff.show(from.getValue().body(), to.getValue().body());
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
