package com.reportflow.report;

import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.InputLimit;
import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
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
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Edits a bureau template as a tree: add parts, sub-headings and sections, rename, move up and down, indent and
 * outdent, mark optional, remove; numbers follow from the tree. Nothing is stored until it is saved.
 */
@Route("templates/:templateId(\\d+|new)")
@RolesAllowed("COORDINATOR")
public class TemplateEditorView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Refusal refusal = new Refusal();
    final TextField name = new TextField(getTranslation("templates.name"));
    final TreeGrid<EditNode> tree = new TreeGrid<>();
    final TextField heading = new TextField(getTranslation("templates.heading"));
    final Checkbox optional = new Checkbox(getTranslation("templates.optional"));
    final Button addPart = new Button(getTranslation("templates.add-part"));
    final Button addChild = new Button(getTranslation("templates.add-child"));
    final Button addSibling = new Button(getTranslation("templates.add-sibling"));
    final Button up = new Button(getTranslation("templates.up"));
    final Button down = new Button(getTranslation("templates.down"));
    final Button indent = new Button(getTranslation("templates.indent"));
    final Button outdent = new Button(getTranslation("templates.outdent"));
    final Button remove = new Button(getTranslation("templates.remove"));
    final Button save = new Button(getTranslation("templates.save"));
    final VerticalLayout content = new VerticalLayout();

    private final TemplateLibrary library;
    private final List<EditNode> parts = new ArrayList<>();
    private final Map<EditNode, String> numbering = new IdentityHashMap<>();
    private Long templateId;
    private long version;

    /** A heading being edited; its reference text (from an import) travels with it. */
    static final class EditNode {
        String heading;
        boolean optional;
        final String reference;
        EditNode parent;
        final List<EditNode> children = new ArrayList<>();

        EditNode(String heading, boolean optional, String reference) {
            this.heading = heading;
            this.optional = optional;
            this.reference = reference;
        }
    }

    TemplateEditorView(TemplateLibrary library) {
        this.library = library;
        addClassName("page");
        InputLimit.apply(name, TemplateLibrary.MAX_NAME_LENGTH);
        name.setWidthFull();
        name.setRequiredIndicatorVisible(true);

        tree.addHierarchyColumn(n -> numbering.getOrDefault(n, "") + n.heading)
                .setHeader(getTranslation("templates.heading"))
                .setFlexGrow(3);
        tree.addColumn(n -> n.children.isEmpty() ? getTranslation("templates.section") : "")
                .setHeader(getTranslation("templates.drafted"))
                .setAutoWidth(true);
        tree.addColumn(n -> n.optional ? getTranslation("templates.optional") : "")
                .setAutoWidth(true);
        tree.addColumn(n -> n.reference.isEmpty() ? "" : getTranslation("templates.has-reference"))
                .setAutoWidth(true);
        tree.setAllRowsVisible(true);
        tree.setDataProvider(new TreeDataProvider<>(new TreeData<>()));
        tree.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

        InputLimit.apply(heading, OutlineEditing.MAX_HEADING_LENGTH);
        heading.setWidthFull();
        heading.addValueChangeListener(e -> {
            EditNode node = selected();
            if (e.isFromClient() && node != null) {
                node.heading = e.getValue();
                tree.getDataProvider().refreshItem(node);
            }
        });
        optional.addValueChangeListener(e -> {
            EditNode node = selected();
            if (e.isFromClient() && node != null) {
                node.optional = e.getValue();
                tree.getDataProvider().refreshItem(node);
            }
        });

        addPart.addClickListener(e -> insert(null, parts.size()));
        addChild.addClickListener(e -> {
            EditNode node = selected();
            if (node != null) {
                insert(node, node.children.size());
            }
        });
        addSibling.addClickListener(e -> {
            EditNode node = selected();
            if (node != null) {
                insert(node.parent, siblings(node).indexOf(node) + 1);
            }
        });
        up.addClickListener(e -> shift(-1));
        down.addClickListener(e -> shift(1));
        indent.addClickListener(e -> indent());
        outdent.addClickListener(e -> outdent());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> removeSelected());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        HorizontalLayout editing = new HorizontalLayout(heading, optional);
        editing.setWidthFull();
        editing.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout toolbar =
                new HorizontalLayout(addPart, addChild, addSibling, up, down, indent, outdent, remove);
        toolbar.getStyle().set("flex-wrap", "wrap");
        content.setPadding(false);
        content.add(
                name,
                toolbar,
                editing,
                tree,
                new HorizontalLayout(save, new Anchor("templates", getTranslation("templates.back"))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String param = event.getRouteParameters().get("templateId").orElse("new");
        boolean shown = refusal.attempt(() -> {
            OutlineTemplate source;
            if ("new".equals(param)) {
                templateId = null;
                Long from = event.getLocation()
                        .getQueryParameters()
                        .getSingleParameter("from")
                        .filter(s -> s.matches("\\d{1,18}"))
                        .map(Long::valueOf)
                        .orElse(null);
                source = library.get(from);
                name.setValue(getTranslation("templates.copy-of", source.name()));
            } else {
                templateId = Long.valueOf(param);
                source = library.get(templateId);
                version = library.version(templateId);
                name.setValue(source.name());
            }
            parts.clear();
            source.parts().forEach(p -> parts.add(copy(p, null)));
            rebuild(null);
        });
        add(new H2(getTranslation(templateId == null ? "templates.new" : "templates.edit")), refusal);
        if (shown) {
            add(content);
        }
    }

    private static EditNode copy(OutlineTemplate.Node node, EditNode parent) {
        EditNode copy = new EditNode(node.heading(), node.optional(), node.reference());
        copy.parent = parent;
        node.children().forEach(child -> copy.children.add(copy(child, copy)));
        return copy;
    }

    private static OutlineTemplate.Node toNode(EditNode node) {
        return new OutlineTemplate.Node(
                node.heading,
                node.optional,
                node.reference,
                node.children.stream().map(TemplateEditorView::toNode).toList());
    }

    List<OutlineTemplate.Node> outline() {
        return parts.stream().map(TemplateEditorView::toNode).toList();
    }

    private void save() {
        boolean saved = Errors.attempt(this, () -> {
            if (templateId == null) {
                templateId = library.create(name.getValue(), outline());
            } else {
                library.update(templateId, version, name.getValue(), outline());
            }
            version = library.version(templateId);
        });
        if (saved) {
            Errors.success(this, "templates.saved");
        }
    }

    private void insert(EditNode parent, int index) {
        EditNode node = new EditNode(getTranslation("templates.new-heading"), false, "");
        node.parent = parent;
        (parent == null ? parts : parent.children).add(index, node);
        rebuild(node);
        heading.focus();
    }

    private void shift(int delta) {
        EditNode node = selected();
        if (node == null) {
            return;
        }
        List<EditNode> siblings = siblings(node);
        int from = siblings.indexOf(node);
        int to = from + delta;
        if (to >= 0 && to < siblings.size()) {
            siblings.remove(from);
            siblings.add(to, node);
            rebuild(node);
        }
    }

    /** Makes the node the last child of the sibling before it. */
    private void indent() {
        EditNode node = selected();
        if (node == null) {
            return;
        }
        List<EditNode> siblings = siblings(node);
        int index = siblings.indexOf(node);
        if (index > 0) {
            EditNode newParent = siblings.get(index - 1);
            siblings.remove(index);
            newParent.children.add(node);
            node.parent = newParent;
            rebuild(node);
        }
    }

    /** Makes the node the sibling after its parent. */
    private void outdent() {
        EditNode node = selected();
        if (node == null || node.parent == null) {
            return;
        }
        EditNode parent = node.parent;
        parent.children.remove(node);
        List<EditNode> target = siblings(parent);
        target.add(target.indexOf(parent) + 1, node);
        node.parent = parent.parent;
        rebuild(node);
    }

    private void removeSelected() {
        EditNode node = selected();
        if (node != null) {
            siblings(node).remove(node);
            rebuild(null);
        }
    }

    private List<EditNode> siblings(EditNode node) {
        return node.parent == null ? parts : node.parent.children;
    }

    private EditNode selected() {
        return tree.asSingleSelect().getValue();
    }

    private void select(EditNode node) {
        heading.setEnabled(node != null);
        optional.setEnabled(node != null);
        heading.setValue(node == null ? "" : node.heading);
        optional.setValue(node != null && node.optional);
        for (Button b : List.of(addChild, addSibling, up, down, indent, outdent, remove)) {
            b.setEnabled(node != null);
        }
    }

    private void rebuild(EditNode selection) {
        TreeData<EditNode> data = new TreeData<>();
        numbering.clear();
        add(data, null, parts, 1);
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expandRecursively(parts, 4);
        tree.asSingleSelect().setValue(selection);
        select(selection);
    }

    private void add(TreeData<EditNode> data, EditNode parent, List<EditNode> level, int depth) {
        int ordinal = 0;
        for (EditNode node : level) {
            data.addItem(parent, node);
            numbering.put(node, depth <= 4 ? HeadingNumbers.of(depth, ++ordinal) : "");
            add(data, node, node.children, depth + 1);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.templates");
    }
}
