package com.reportflow.importing;

import com.reportflow.report.HeadingNumbers;
import com.reportflow.shared.TextInput;
import com.reportflow.shared.UserFacingException;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.InputLimit;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * 导入去年报告: the coordinator uploads or pastes last year's published report and sees what was read — the title,
 * the outline at every level renumbered, the body under each heading, what was dropped as web debris, how numbered
 * items were read — corrects it (a body line made a heading or back, a heading's level or words, the opening text;
 * a report in traditional characters converted to simplified ones, with undo), then accepts it as an outline template
 * and goes on to open this year's report from it.
 */
@Route("templates/import")
@RolesAllowed("COORDINATOR")
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    final Upload upload;
    final TextArea pasted = new TextArea(getTranslation("import.paste"));
    final Button readPasted = new Button(getTranslation("import.read"));
    final Div error = new Div();
    final VerticalLayout preview = new VerticalLayout();
    final Span stats = new Span();
    final TextField title = new TextField(getTranslation("import.title"));
    final TreeGrid<ImportedHeading> outline = new TreeGrid<>();
    final Div selectedBody = new Div();
    final Div bodyLines = new Div();
    final HorizontalLayout headingEditor = new HorizontalLayout();
    final TextField headingWords = new TextField(getTranslation("import.heading-words"));
    final Button rename = new Button(getTranslation("import.rename"));
    final Select<Integer> headingLevel = new Select<>();
    final Button toBody = new Button(getTranslation("import.to-body"));
    final Details dropped = new Details();
    final UnorderedList droppedLines = new UnorderedList();
    final Details damaged = new Details();
    final UnorderedList damagedLines = new UnorderedList();
    final TextArea opening = new TextArea(getTranslation("import.preamble"));
    final UnorderedList itemRules = new UnorderedList();
    final Div traditional = new Div();
    final Button toSimplified = new Button(getTranslation("import.to-simplified"));
    final Button undoSimplified = new Button(getTranslation("import.undo-simplified"));
    final Select<Integer> sectionDepth = new Select<>();
    final TextField templateName = new TextField(getTranslation("import.template-name"));
    final Button accept = new Button(getTranslation("import.accept"));

    private final ReportImport service;
    private final Map<ImportedHeading, String> numbers = new IdentityHashMap<>();
    private ImportedReport current;

    /** The report as read before it was converted to simplified characters; null when it was not converted. */
    private ImportedReport beforeConversion;

    private ImportedHeading selected;

    ImportView(ReportImport service) {
        this.service = service;
        addClassName("page");

        // Reads at most one byte over the limit, whatever size the browser announced, so an oversized upload is
        // refused without being held in memory.
        upload = new Upload((UploadHandler) event -> {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(ImportDecoding.MAX_BYTES + 1);
            }
            received(() -> service.preview(bytes));
        });
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImportDecoding.MAX_BYTES);
        upload.setAcceptedFileTypes("text/plain", ".txt");
        upload.setI18n(uploadTexts());
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        upload.addFileRejectedListener(e -> showError(getTranslation("import.rejected", e.getErrorMessage())));

        pasted.setWidthFull();
        pasted.setMinHeight("10em");
        pasted.setMaxHeight("16em");
        readPasted.addClickListener(e -> read(() -> service.preview(pasted.getValue())));
        error.addClassName("error");
        error.setVisible(false);

        title.setWidthFull();
        title.setReadOnly(true);
        outline.addHierarchyColumn(this::shown)
                .setHeader(getTranslation("import.heading"))
                .setFlexGrow(3);
        outline.addColumn(ImportedHeading::number)
                .setHeader(getTranslation("import.typed-number"))
                .setAutoWidth(true);
        outline.addColumn(h -> excerpt(h.paragraphs()))
                .setHeader(getTranslation("import.body"))
                .setFlexGrow(4);
        outline.setAllRowsVisible(true);
        outline.asSingleSelect().addValueChangeListener(e -> showBody(e.getValue()));
        selectedBody.addClassName("section-text");
        selectedBody.addClassName("reference-text");
        bodyLines.addClassName("reference-text");
        InputLimit.apply(headingWords, ReportImport.MAX_HEADING);
        headingWords.setWidth("28em");
        rename.addClickListener(e -> edit(() -> service.renameHeading(current, selected, headingWords.getValue()), 0));
        headingLevel.setLabel(getTranslation("import.heading-level"));
        headingLevel.setItemLabelGenerator(l -> getTranslation("import.level." + l));
        headingLevel.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                edit(() -> service.changeLevel(current, selected, e.getValue()), 0);
            }
        });
        toBody.addClickListener(e -> edit(() -> service.turnIntoBody(current, selected), -1));
        headingEditor.setAlignItems(FlexComponent.Alignment.BASELINE);
        headingEditor.add(headingWords, rename, headingLevel, toBody);
        opening.setWidthFull();
        opening.setHelperText(getTranslation("import.opening-help"));
        InputLimit.apply(opening, ReportImport.MAX_OPENING);
        opening.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                if (Errors.attempt(this, () -> current = service.changeOpening(current, e.getValue()))) {
                    showStats();
                }
            }
        });
        toSimplified.addClickListener(e -> convert());
        undoSimplified.addClickListener(e -> undoConversion());
        HorizontalLayout scriptRow = new HorizontalLayout(traditional, toSimplified, undoSimplified);
        scriptRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        dropped.add(droppedLines);
        damaged.add(damagedLines);
        damaged.addClassName("import-damaged");
        sectionDepth.setLabel(getTranslation("import.section-depth"));
        sectionDepth.setItems(1, 2, 3, 4);
        sectionDepth.setItemLabelGenerator(d -> getTranslation("import.depth." + d));
        InputLimit.apply(templateName, 100);
        templateName.setWidth("28em");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(e -> accept());
        HorizontalLayout acceptRow = new HorizontalLayout(sectionDepth, templateName, accept);
        acceptRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        preview.setPadding(false);
        preview.add(
                new H3(getTranslation("import.preview")),
                stats,
                damaged,
                scriptRow,
                title,
                opening,
                itemRules,
                new Span(getTranslation("import.select-heading")),
                outline,
                headingEditor,
                selectedBody,
                bodyLines,
                dropped,
                acceptRow);
        preview.setVisible(false);

        add(
                new H2(getTranslation("menu.import")),
                new Span(getTranslation("import.help")),
                upload,
                pasted,
                readPasted,
                error,
                preview);
    }

    ImportedReport current() {
        return current;
    }

    /** Called by the upload in its request; the preview is shown under the UI's lock. */
    private void received(Supplier<ImportedReport> reading) {
        ImportedReport report;
        try {
            report = reading.get();
        } catch (UserFacingException e) {
            getUI().ifPresent(ui -> ui.access(() -> showError(Errors.message(this, e))));
            return;
        }
        getUI().ifPresent(ui -> ui.access(() -> show(report)));
    }

    private void read(Supplier<ImportedReport> reading) {
        ImportedReport[] report = new ImportedReport[1];
        error.setVisible(false);
        if (Errors.attempt(this, () -> report[0] = reading.get())) {
            show(report[0]);
        } else {
            preview.setVisible(false);
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        preview.setVisible(false);
    }

    void show(ImportedReport report) {
        beforeConversion = null;
        error.setVisible(false);
        refresh(report, null);
        boolean traditionalScript = service.inTraditionalCharacters(report);
        traditional.setText(traditionalScript ? getTranslation("import.traditional") : "");
        traditional.setVisible(traditionalScript);
        toSimplified.setVisible(traditionalScript);
        undoSimplified.setVisible(false);
        droppedLines.removeAll();
        report.dropped().forEach(line -> droppedLines.add(new ListItem(line)));
        dropped.setSummaryText(getTranslation("import.dropped", report.dropped().size()));
        // Shown from the report as read: the lines are the source's, which later corrections in the preview keep.
        damagedLines.removeAll();
        report.damaged()
                .forEach(run -> damagedLines.add(
                        new ListItem(getTranslation("import.damaged.line", run.line(), run.excerpt(), run.run()))));
        damaged.setSummaryText(getTranslation("import.damaged", report.damaged().size()));
        damaged.setVisible(!report.damaged().isEmpty());
        damaged.setOpened(!report.damaged().isEmpty());
        int deepest = deepest(report.outline());
        sectionDepth.setValue(Math.min(2, Math.max(1, deepest)));
        String base = report.title().isEmpty() ? getTranslation("import.untitled") : report.title();
        templateName.setValue(getTranslation("import.template-default", base));
        preview.setVisible(true);
        preview.scrollIntoView();
    }

    /** Shows the report as it now reads, with the heading at {@code select} (in reading order) selected. */
    private void refresh(ImportedReport report, Integer select) {
        current = report;
        title.setValue(report.title().isEmpty() ? getTranslation("import.no-title") : report.title());
        showStats();
        numbers.clear();
        TreeData<ImportedHeading> data = new TreeData<>();
        add(data, null, report.outline(), 1);
        outline.setDataProvider(new TreeDataProvider<>(data));
        outline.expandRecursively(report.outline(), 4);
        opening.setValue(String.join("\n", report.preamble()));
        itemRules.removeAll();
        for (NumberedItems items : report.items()) {
            if (items.count() > 1) {
                itemRules.add(new ListItem(getTranslation(
                        items.headings() ? "import.items.headings" : "import.items.body",
                        items.under().isEmpty() ? getTranslation("import.items.top") : items.under(),
                        items.count(),
                        items.first())));
            }
        }
        itemRules.setVisible(itemRules.getComponentCount() > 0);
        List<ImportedHeading> order = inReadingOrder(report);
        ImportedHeading toSelect = select == null || select < 0 || select >= order.size() ? null : order.get(select);
        if (toSelect == null) {
            outline.deselectAll();
            showBody(null);
        } else {
            outline.select(toSelect);
        }
    }

    private void showStats() {
        stats.setText(getTranslation(
                "import.stats",
                current.headingCount(),
                current.sentences().size(),
                current.dropped().size()));
    }

    /** The whole body under the selected heading, as the importer read it, with what can be changed about it. */
    private void showBody(ImportedHeading heading) {
        selected = heading;
        selectedBody.setVisible(heading != null);
        headingEditor.setVisible(heading != null);
        bodyLines.removeAll();
        bodyLines.setVisible(heading != null);
        if (heading == null) {
            return;
        }
        selectedBody.setText(shown(heading));
        headingWords.setValue(ReportImport.headingOf(heading));
        headingLevel.setItems(service.levels(current, heading));
        headingLevel.setValue(heading.level());
        for (int i = 0; i < heading.paragraphs().size(); i++) {
            int paragraph = i;
            Button toHeading = new Button(getTranslation("import.to-heading"));
            toHeading.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            toHeading.addClickListener(e -> edit(() -> service.turnIntoHeading(current, selected, paragraph), 1));
            Div line = new Div(new Span(heading.paragraphs().get(i)), toHeading);
            line.addClassName("section-text");
            bodyLines.add(line);
        }
    }

    /**
     * Applies a correction to the selected heading and selects, afterwards, the heading {@code shift} places after it
     * in reading order (the new heading, the same one, or the one before it).
     */
    private void edit(Supplier<ImportedReport> change, int shift) {
        int index = indexOf(inReadingOrder(current), selected);
        ImportedReport[] changed = new ImportedReport[1];
        if (Errors.attempt(this, () -> changed[0] = change.get())) {
            refresh(changed[0], index + shift);
        }
    }

    private void convert() {
        ImportedReport[] converted = new ImportedReport[1];
        if (Errors.attempt(this, () -> converted[0] = service.toSimplified(current))) {
            beforeConversion = current;
            refresh(converted[0], null);
            traditional.setText(getTranslation("import.converted"));
            toSimplified.setVisible(false);
            undoSimplified.setVisible(true);
        }
    }

    private void undoConversion() {
        if (beforeConversion != null) {
            refresh(beforeConversion, null);
            beforeConversion = null;
            traditional.setText(getTranslation("import.traditional"));
            toSimplified.setVisible(true);
            undoSimplified.setVisible(false);
        }
    }

    /** A heading as the preview shows it: renumbered from the outline, with its words. */
    String shown(ImportedHeading heading) {
        return numbers.getOrDefault(heading, "") + ReportImport.headingOf(heading);
    }

    /** By identity: two headings may read alike. */
    private static int indexOf(List<ImportedHeading> order, ImportedHeading heading) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) == heading) {
                return i;
            }
        }
        return -1;
    }

    private static List<ImportedHeading> inReadingOrder(ImportedReport report) {
        List<ImportedHeading> order = new ArrayList<>();
        addInOrder(report.outline(), order);
        return order;
    }

    private static void addInOrder(List<ImportedHeading> level, List<ImportedHeading> into) {
        for (ImportedHeading heading : level) {
            into.add(heading);
            addInOrder(heading.children(), into);
        }
    }

    private void accept() {
        long[] id = new long[1];
        if (Errors.attempt(
                this,
                () -> id[0] = service.accept(
                        current,
                        templateName.getValue(),
                        sectionDepth.getValue() == null ? 2 : sectionDepth.getValue()))) {
            Errors.success(this, "import.accepted");
            UI.getCurrent().navigate("reports/new", QueryParameters.of("template", String.valueOf(id[0])));
        }
    }

    private void add(TreeData<ImportedHeading> data, ImportedHeading parent, List<ImportedHeading> level, int depth) {
        int ordinal = 0;
        for (ImportedHeading heading : level) {
            data.addItem(parent, heading);
            numbers.put(heading, HeadingNumbers.of(depth, ++ordinal));
            add(data, heading, heading.children(), depth + 1);
        }
    }

    private static int deepest(List<ImportedHeading> level) {
        int deepest = 0;
        for (ImportedHeading heading : level) {
            deepest = Math.max(deepest, 1 + deepest(heading.children()));
        }
        return deepest;
    }

    private static String excerpt(List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return "";
        }
        return TextInput.excerpt(paragraphs.getFirst(), 40)
                + (paragraphs.size() > 1 ? "（" + paragraphs.size() + "）" : "");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.import");
    }

    /** The upload's own texts (button, refusals, progress), which Vaadin ships in English only. */
    private UploadI18N uploadTexts() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(getTranslation("import.upload.add"))
                        .setMany(getTranslation("import.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(getTranslation("import.upload.drop"))
                        .setMany(getTranslation("import.upload.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("import.upload.too-many"))
                        .setFileIsTooBig(getTranslation("import.upload.too-big"))
                        .setIncorrectFileType(getTranslation("import.upload.wrong-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("import.upload.connecting"))
                                .setStalled(getTranslation("import.upload.stalled"))
                                .setProcessing(getTranslation("import.upload.processing"))
                                .setHeld(getTranslation("import.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("import.upload.remaining"))
                                .setUnknown(getTranslation("import.upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("import.upload.server-unavailable"))
                                .setUnexpectedServerError(getTranslation("import.upload.server-error"))
                                .setForbidden(getTranslation("import.upload.forbidden"))
                                .setFileTooLarge(getTranslation("import.upload.too-big"))))
                .setFile(new UploadI18N.File()
                        .setRetry(getTranslation("import.upload.retry"))
                        .setStart(getTranslation("import.upload.start"))
                        .setRemove(getTranslation("import.upload.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
    }
}
