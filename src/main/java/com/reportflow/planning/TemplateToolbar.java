package com.reportflow.planning;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reshapes the template being edited around the node selected in its tree: add parts, sub-headings and sections,
 * move up and down, indent and outdent, remove. All but adding a part wait for a selection.
 */
class TemplateToolbar extends HorizontalLayout {

    final Button addPart = new Button(getTranslation("templates.add-part"));
    final Button addChild = new Button(getTranslation("templates.add-child"));
    final Button addSibling = new Button(getTranslation("templates.add-sibling"));
    final Button up = new Button(getTranslation("templates.up"));
    final Button down = new Button(getTranslation("templates.down"));
    final Button indent = new Button(getTranslation("templates.indent"));
    final Button outdent = new Button(getTranslation("templates.outdent"));
    final Button remove = new Button(getTranslation("templates.remove"));

    private final TemplateTree tree;
    private final EditOutline edited;
    private final Consumer<EditNode> rebuild;
    private final Runnable inserted;

    /**
     * @param rebuild shows the outline again with the given node (or none) selected
     * @param inserted told after a new heading was added and selected
     */
    TemplateToolbar(TemplateTree tree, EditOutline edited, Consumer<EditNode> rebuild, Runnable inserted) {
        this.tree = tree;
        this.edited = edited;
        this.rebuild = rebuild;
        this.inserted = inserted;
        addPart.addClickListener(e -> insert(null, edited.parts.size()));
        addChild.addClickListener(e -> {
            EditNode node = tree.selected();
            if (node != null) {
                insert(node, node.children.size());
            }
        });
        addSibling.addClickListener(e -> {
            EditNode node = tree.selected();
            if (node != null) {
                insert(node.parent, edited.siblings(node).indexOf(node) + 1);
            }
        });
        up.addClickListener(e -> change(node -> edited.shift(node, -1)));
        down.addClickListener(e -> change(node -> edited.shift(node, 1)));
        indent.addClickListener(e -> change(edited::indent));
        outdent.addClickListener(e -> change(edited::outdent));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> removeSelected());
        add(addPart, addChild, addSibling, up, down, indent, outdent, remove);
        getStyle().set("flex-wrap", "wrap");
    }

    /** What needs a selected node is enabled while one is selected. */
    void enableFor(EditNode node) {
        for (Button b : List.of(addChild, addSibling, up, down, indent, outdent, remove)) {
            b.setEnabled(node != null);
        }
    }

    private void insert(EditNode parent, int index) {
        rebuild.accept(edited.insert(parent, index, getTranslation("templates.new-heading")));
        inserted.run();
    }

    /** Reshapes the outline around the selected node, which stays selected. */
    private void change(Predicate<EditNode> reshape) {
        EditNode node = tree.selected();
        if (node != null && reshape.test(node)) {
            rebuild.accept(node);
        }
    }

    private void removeSelected() {
        EditNode node = tree.selected();
        if (node != null) {
            edited.remove(node);
            rebuild.accept(null);
        }
    }
}
