package com.reportflow.planning;

import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportDocument;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.Formats;
import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 调整提纲: while the sections are being drafted, the coordinator adds, renames, moves and removes parts and
 * sections of a report. Every change is made by the service at once and the numbered outline is shown again.
 */
@Route("reports/:reportId(\\d+)/outline")
@RolesAllowed("COORDINATOR")
public class OutlineView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Refusal refusal = new Refusal();
    final TreeGrid<OutlineEntry> tree = new TreeGrid<>();
    final SelectedEntryActions actions;
    final OutlineAddition adding;
    final VerticalLayout content = new VerticalLayout();

    private final OutlineEditing service;
    private long reportId;

    OutlineView(OutlineEditing service) {
        this.service = service;
        addClassName("page");
        tree.addHierarchyColumn(OutlineEntry::numberedHeading)
                .setHeader(getTranslation("reports.heading"))
                .setFlexGrow(3);
        tree.addColumn(e -> e.officeName() == null ? "" : e.officeName())
                .setHeader(getTranslation("reports.office"))
                .setAutoWidth(true);
        tree.addColumn(e -> Formats.date(e.dueDate()))
                .setHeader(getTranslation("reports.due"))
                .setAutoWidth(true);
        tree.addColumn(e -> e.assigned() ? getTranslation("status." + e.status().name()) : "")
                .setHeader(getTranslation("reports.status"))
                .setAutoWidth(true);
        tree.setAllRowsVisible(true);
        tree.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

        actions = new SelectedEntryActions(service, this::selected, this::act);
        adding = new OutlineAddition(service, () -> reportId, this::parentForNew, this::act);
        content.setPadding(false);
        content.add(new Span(getTranslation("outline.help")), tree, actions, adding);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        reportId = event.getRouteParameters().getLong("reportId").orElse(-1L);
        add(new H2(getTranslation("outline.title")), refusal);
        if (refusal.attempt(this::load)) {
            add(content, new Anchor("reports/" + reportId, getTranslation("outline.back")));
        }
    }

    private void load() {
        ReportDocument document = service.outline(reportId);
        if (!service.mayEdit(reportId)) {
            throw new InvalidInputException("error.outline.closed");
        }
        adding.load(service.offices(), service.submissionDue(reportId).orElse(null));
        show(document, null);
    }

    private void show(ReportDocument document, Long keepSelected) {
        TreeData<OutlineEntry> data = new TreeData<>();
        Map<Long, OutlineEntry> byId = new HashMap<>();
        for (OutlineEntry entry : document.entries()) {
            data.addItem(entry.parentId() == null ? null : byId.get(entry.parentId()), entry);
            byId.put(entry.sectionId(), entry);
        }
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expandRecursively(data.getRootItems(), 4);
        OutlineEntry topLevel = new OutlineEntry(0, null, 0, "", "", false, null, null, null, null, "", 0);
        List<OutlineEntry> headings = new ArrayList<>();
        headings.add(topLevel);
        document.entries().stream().filter(e -> !e.assigned()).forEach(headings::add);
        actions.offerParents(headings);
        OutlineEntry selection = keepSelected == null ? null : byId.get(keepSelected);
        tree.asSingleSelect().setValue(selection);
        select(selection);
    }

    private void select(OutlineEntry entry) {
        actions.select(entry);
        adding.select(entry);
    }

    /** New nodes go under the selected heading, or at the top level when a section or nothing is selected. */
    private Long parentForNew() {
        OutlineEntry entry = selected();
        return entry != null && !entry.assigned() ? entry.sectionId() : null;
    }

    private OutlineEntry selected() {
        return tree.asSingleSelect().getValue();
    }

    private void act(Runnable change) {
        Long keep = selected() == null ? null : selected().sectionId();
        if (Errors.attempt(this, change)) {
            Errors.success(this, "outline.changed");
            Errors.attempt(this, () -> {
                ReportDocument document = service.outline(reportId);
                boolean stillThere = document.entries().stream().anyMatch(e -> Objects.equals(e.sectionId(), keep));
                show(document, stillThere ? keep : null);
            });
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outline.title");
    }
}
