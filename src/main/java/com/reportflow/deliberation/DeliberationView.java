package com.reportflow.deliberation;

import com.reportflow.inbox.InboxView;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportDocument;
import com.reportflow.report.ui.DocumentPreview;
import com.reportflow.report.ui.ExportLinks;
import com.reportflow.shared.UserFacingException;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.Formats;
import com.reportflow.shared.ui.InputLimit;
import com.reportflow.shared.ui.Refusal;
import com.reportflow.workflow.DeliberationOutcome;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 集体审议: the secretary of the leadership group records the meeting that deliberated the compiled report, and
 * which sections it sent back with what opinion.
 */
@Route("reports/:reportId(\\d+)/deliberation")
@RolesAllowed("SECRETARY")
public class DeliberationView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final H2 title = new H2();
    final Refusal refusal = new Refusal();
    final Span notOpen = new Span();
    final TextField meeting = new TextField();
    final DatePicker date = new DatePicker();
    final RadioButtonGroup<DeliberationOutcome> outcome = new RadioButtonGroup<>();
    final CheckboxGroup<OutlineEntry> returnedSections = new CheckboxGroup<>();
    final TextArea notes = new TextArea();
    private InputLimit<TextArea> notesLimit;
    final Button record = new Button();
    final FormLayout form = new FormLayout();
    final Grid<Deliberation> records = new Grid<>();
    final Div document = new Div();
    final ExportLinks exportLinks = new ExportLinks();

    private final DeliberationService deliberation;
    private final H3 recordsTitle = new H3();
    private final H3 documentTitle = new H3();
    private long reportId;
    private List<OutlineEntry> entries = List.of();

    DeliberationView(DeliberationService deliberation) {
        this.deliberation = deliberation;
        addClassName("page");

        notOpen.setText(getTranslation("deliberation.not-open"));

        String year = String.valueOf(LocalDate.now().getYear());
        meeting.setLabel(getTranslation("deliberation.field.meeting"));
        meeting.setPlaceholder(getTranslation("deliberation.meeting-placeholder", year));
        meeting.setHelperText(getTranslation("deliberation.meeting-hint", year));
        InputLimit.apply(meeting, 100);
        meeting.setRequiredIndicatorVisible(true);
        meeting.setWidthFull();

        date.setLabel(getTranslation("deliberation.field.date"));
        date.setMax(LocalDate.now());
        date.setValue(LocalDate.now());
        date.setRequiredIndicatorVisible(true);

        outcome.setLabel(getTranslation("deliberation.field.outcome"));
        outcome.setItems(DeliberationOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("deliberation.outcome." + o.name()));
        outcome.setRequiredIndicatorVisible(true);
        outcome.addValueChangeListener(e -> showReturnFields(e.getValue() == DeliberationOutcome.RETURNED));

        returnedSections.setLabel(getTranslation("deliberation.field.sections"));
        returnedSections.setItemLabelGenerator(OutlineEntry::numberedHeading);
        returnedSections.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        returnedSections.setRequiredIndicatorVisible(true);

        notes.setLabel(getTranslation("deliberation.field.notes"));
        notesLimit = InputLimit.apply(notes, DeliberationService.MAX_NOTES_LENGTH);
        notes.setWidthFull();
        notes.setMinHeight("8em");

        record.setText(getTranslation("deliberation.record"));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> record());

        form.add(meeting, 2);
        form.add(date, outcome);
        form.add(returnedSections, 2);
        form.add(notes, 2);
        form.add(record);
        form.setMaxWidth("860px");
        showReturnFields(false);

        records.addColumn(Deliberation::getMeetingName)
                .setHeader(getTranslation("deliberation.column.meeting"))
                .setFlexGrow(2);
        records.addColumn(d -> Formats.date(d.getMeetingDate()))
                .setHeader(getTranslation("deliberation.column.date"))
                .setAutoWidth(true);
        records.addColumn(d ->
                        getTranslation("deliberation.outcome." + d.getOutcome().name()))
                .setHeader(getTranslation("deliberation.column.outcome"))
                .setAutoWidth(true);
        records.addColumn(this::returnedHeadings)
                .setHeader(getTranslation("deliberation.column.sections"))
                .setFlexGrow(2);
        records.addColumn(Deliberation::getNotes)
                .setHeader(getTranslation("deliberation.column.notes"))
                .setFlexGrow(3);
        records.setAllRowsVisible(true);
        records.setEmptyStateText(getTranslation("deliberation.no-records"));

        recordsTitle.setText(getTranslation("deliberation.records"));
        documentTitle.setText(getTranslation("deliberation.document"));
        add(title, refusal, notOpen, form, recordsTitle, records, documentTitle, document);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reportId = event.getRouteParameters().getLong("reportId").orElse(-1L);
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deliberation.title");
    }

    private void show() {
        ReportDocument doc;
        List<Deliberation> earlier;
        boolean mayRecord;
        try {
            DeliberationScreen screen = deliberation.screen(reportId);
            doc = screen.document();
            earlier = screen.records();
            mayRecord = screen.mayRecord();
        } catch (UserFacingException e) {
            refuse(e);
            return;
        }
        title.setText(getTranslation("deliberation.heading", doc.title()));
        refusal.setVisible(false);
        entries = doc.entries();
        returnedSections.setItems(
                entries.stream().filter(OutlineEntry::assigned).toList());
        notOpen.setVisible(!mayRecord);
        form.setVisible(mayRecord);
        records.setItems(earlier);
        recordsTitle.setVisible(true);
        records.setVisible(true);
        documentTitle.setVisible(true);
        document.removeAll();
        exportLinks.show(reportId);
        document.add(exportLinks, new DocumentPreview(doc));
    }

    private void refuse(UserFacingException e) {
        title.setText(getTranslation("deliberation.title"));
        refusal.show(e);
        notOpen.setVisible(false);
        form.setVisible(false);
        recordsTitle.setVisible(false);
        records.setVisible(false);
        documentTitle.setVisible(false);
        document.removeAll();
    }

    private void record() {
        boolean returned = outcome.getValue() == DeliberationOutcome.RETURNED;
        Set<Long> sections = returned
                ? returnedSections.getValue().stream()
                        .map(OutlineEntry::sectionId)
                        .collect(Collectors.toSet())
                : Set.of();
        boolean recorded = Errors.attempt(
                this,
                () -> deliberation.record(
                        reportId, meeting.getValue(), date.getValue(), outcome.getValue(), sections, notes.getValue()));
        if (recorded) {
            Errors.success(this, returned ? "deliberation.recorded-returned" : "deliberation.recorded-passed");
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        }
    }

    private void showReturnFields(boolean returned) {
        returnedSections.setVisible(returned);
        notes.setRequiredIndicatorVisible(returned);
        notesLimit.hint(getTranslation(returned ? "deliberation.notes-required" : "deliberation.notes-optional"));
    }

    private String returnedHeadings(Deliberation d) {
        Set<Long> ids = d.getReturnedSectionIds();
        return entries.stream()
                .filter(e -> ids.contains(e.sectionId()))
                .map(OutlineEntry::numberedHeading)
                .collect(Collectors.joining("；"));
    }
}
