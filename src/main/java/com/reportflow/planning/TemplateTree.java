package com.reportflow.planning;

import com.reportflow.report.HeadingNumbers;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The template being edited as a tree: each heading numbered from its place, whether it is drafted, optional. */
class TemplateTree extends TreeGrid<EditNode> {

    private final Map<EditNode, String> numbering = new IdentityHashMap<>();

    TemplateTree() {
        addHierarchyColumn(n -> numbering.getOrDefault(n, "") + n.heading)
                .setHeader(getTranslation("templates.heading"))
                .setFlexGrow(3);
        addColumn(n -> n.children.isEmpty() ? getTranslation("templates.section") : "")
                .setHeader(getTranslation("templates.drafted"))
                .setAutoWidth(true);
        addColumn(n -> n.optional ? getTranslation("templates.optional") : "").setAutoWidth(true);
        addColumn(n -> n.reference.isEmpty() ? "" : getTranslation("templates.has-reference"))
                .setAutoWidth(true);
        setAllRowsVisible(true);
        setDataProvider(new TreeDataProvider<>(new TreeData<>()));
    }

    /** Shows the parts, numbered afresh and open to the fourth level, with {@code selection} selected. */
    void show(List<EditNode> parts, EditNode selection) {
        TreeData<EditNode> data = new TreeData<>();
        numbering.clear();
        add(data, null, parts, 1);
        setDataProvider(new TreeDataProvider<>(data));
        expandRecursively(parts, 4);
        asSingleSelect().setValue(selection);
    }

    EditNode selected() {
        return asSingleSelect().getValue();
    }

    private void add(TreeData<EditNode> data, EditNode parent, List<EditNode> level, int depth) {
        int ordinal = 0;
        for (EditNode node : level) {
            data.addItem(parent, node);
            numbering.put(node, depth <= 4 ? HeadingNumbers.of(depth, ++ordinal) : "");
            add(data, node, node.children, depth + 1);
        }
    }
}
