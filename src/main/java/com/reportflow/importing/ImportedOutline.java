package com.reportflow.importing;

import com.reportflow.report.HeadingNumbers;
import com.reportflow.shared.TextInput;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The outline as read, at every level, renumbered from its place, with the typed number and the body's start. */
class ImportedOutline extends TreeGrid<ImportedHeading> {

    private final Map<ImportedHeading, String> numbers = new IdentityHashMap<>();

    ImportedOutline() {
        addHierarchyColumn(this::shown)
                .setHeader(getTranslation("import.heading"))
                .setFlexGrow(3);
        addColumn(ImportedHeading::number)
                .setHeader(getTranslation("import.typed-number"))
                .setAutoWidth(true);
        addColumn(h -> excerpt(h.paragraphs()))
                .setHeader(getTranslation("import.body"))
                .setFlexGrow(4);
        setAllRowsVisible(true);
    }

    /** Shows the report's outline, numbered afresh, every level open. */
    void show(ImportedReport report) {
        numbers.clear();
        TreeData<ImportedHeading> data = new TreeData<>();
        add(data, null, report.outline(), 1);
        setDataProvider(new TreeDataProvider<>(data));
        expandRecursively(report.outline(), 4);
    }

    /** A heading as the preview shows it: renumbered from the outline, with its words. */
    String shown(ImportedHeading heading) {
        return numbers.getOrDefault(heading, "") + ReportImport.headingOf(heading);
    }

    static List<ImportedHeading> inReadingOrder(ImportedReport report) {
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

    private void add(TreeData<ImportedHeading> data, ImportedHeading parent, List<ImportedHeading> level, int depth) {
        int ordinal = 0;
        for (ImportedHeading heading : level) {
            data.addItem(parent, heading);
            numbers.put(heading, HeadingNumbers.of(depth, ++ordinal));
            add(data, heading, heading.children(), depth + 1);
        }
    }

    private static String excerpt(List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return "";
        }
        return TextInput.excerpt(paragraphs.getFirst(), 40)
                + (paragraphs.size() > 1 ? "（" + paragraphs.size() + "）" : "");
    }
}
