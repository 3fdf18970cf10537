package com.reportflow.report;

import com.reportflow.directory.Office;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.Formats;
import com.reportflow.shared.ui.InputLimit;
import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
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
    final TextField heading = new TextField(getTranslation("outline.selected-heading"));
    final Button rename = new Button(getTranslation("outline.rename"));
    final Button up = new Button(getTranslation("templates.up"));
    final Button down = new Button(getTranslation("templates.down"));
    final ComboBox<OutlineEntry> newParent = new ComboBox<>(getTranslation("outline.move-under"));
    final Button moveUnder = new Button(getTranslation("outline.move"));
    final Button remove = new Button(getTranslation("templates.remove"));
    final TextField newHeading = new TextField(getTranslation("outline.new-heading"));
    final ComboBox<Office> office = new ComboBox<>(getTranslation("reports.office"));
    final DatePicker due = new DatePicker(getTranslation("reports.due"));
    final Button addSection = new Button(getTranslation("outline.add-section"));
    final Button addHeading = new Button(getTranslation("outline.add-heading"));
    final Span placement = new Span();
    final VerticalLayout content = new VerticalLayout();

    private final OutlineEditing service;
    private long reportId;
    private LocalDate submissionDue;

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

        InputLimit.apply(heading, OutlineEditing.MAX_HEADING_LENGTH);
        heading.setWidth("28em");
        rename.addClickListener(
                e -> act(() -> service.rename(selected().sectionId(), selected().heading(), heading.getValue())));
        up.addClickListener(e -> act(() -> service.move(selected().sectionId(), -1)));
        down.addClickListener(e -> act(() -> service.move(selected().sectionId(), 1)));
        newParent.setItemLabelGenerator(
                p -> p.sectionId() == 0 ? getTranslation("outline.top-level") : p.numberedHeading());
        moveUnder.addClickListener(e -> act(() -> service.moveUnder(
                selected().sectionId(),
                newParent.getValue() == null || newParent.getValue().sectionId() == 0
                        ? null
                        : newParent.getValue().sectionId())));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> confirmRemove());

        InputLimit.apply(newHeading, OutlineEditing.MAX_HEADING_LENGTH);
        newHeading.setWidth("24em");
        office.setItemLabelGenerator(Office::getName);
        due.setValue(LocalDate.now().plusDays(NewReportView.DEFAULT_DUE_DAYS));
        due.addValueChangeListener(e -> flagLateDue());
        addSection.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addSection.addClickListener(e -> act(() -> service.addSection(
                reportId,
                parentForNew(),
                newHeading.getValue(),
                office.getValue() == null ? -1 : office.getValue().getId(),
                due.getValue())));
        addHeading.addClickListener(
                e -> act(() -> service.addHeading(reportId, parentForNew(), newHeading.getValue())));

        HorizontalLayout selectedActions =
                new HorizontalLayout(heading, rename, up, down, newParent, moveUnder, remove);
        selectedActions.setAlignItems(FlexComponent.Alignment.BASELINE);
        selectedActions.getStyle().set("flex-wrap", "wrap");
        HorizontalLayout adding = new HorizontalLayout(newHeading, office, due, addSection, addHeading);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.getStyle().set("flex-wrap", "wrap");
        Details addBox = new Details(getTranslation("outline.add"), new VerticalLayout(placement, adding));
        addBox.setOpened(true);
        content.setPadding(false);
        content.add(new Span(getTranslation("outline.help")), tree, selectedActions, addBox);
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
        office.setItems(service.offices());
        submissionDue = service.submissionDue(reportId).orElse(null);
        flagLateDue();
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
        newParent.setItems(headings);
        OutlineEntry selection = keepSelected == null ? null : byId.get(keepSelected);
        tree.asSingleSelect().setValue(selection);
        select(selection);
    }

    private void select(OutlineEntry entry) {
        boolean any = entry != null;
        heading.setValue(any ? entry.heading() : "");
        List.<HasEnabled>of(heading, rename, up, down, newParent, moveUnder, remove)
                .forEach(c -> c.setEnabled(any));
        placement.setText(
                any && !entry.assigned()
                        ? getTranslation("outline.add-under", entry.numberedHeading())
                        : getTranslation("outline.add-top"));
    }

    /** Flags, at assignment, a due date after the legal submission deadline. */
    private void flagLateDue() {
        boolean late = submissionDue != null
                && due.getValue() != null
                && due.getValue().isAfter(submissionDue);
        due.setHelperText(late ? getTranslation("reports.due-misses-deadline", Formats.date(submissionDue)) : null);
        if (late) {
            due.addClassName("due-warning");
        } else {
            due.removeClassName("due-warning");
        }
    }

    /** New nodes go under the selected heading, or at the top level when a section or nothing is selected. */
    private Long parentForNew() {
        OutlineEntry entry = selected();
        return entry != null && !entry.assigned() ? entry.sectionId() : null;
    }

    private OutlineEntry selected() {
        return tree.asSingleSelect().getValue();
    }

    private void confirmRemove() {
        OutlineEntry entry = selected();
        if (entry == null) {
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("templates.remove"));
        dialog.setText(getTranslation("outline.remove-confirm", entry.numberedHeading()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("templates.cancel"));
        dialog.setConfirmText(getTranslation("templates.remove"));
        dialog.addConfirmListener(e -> act(() -> service.remove(entry.sectionId())));
        dialog.open();
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
