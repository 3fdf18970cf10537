package com.reportflow.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * The outline of a template being edited: its parts and their headings, reshaped in place. Each change says whether
 * it was made; the numbers follow from the tree when it is shown.
 */
final class EditOutline {

    final List<EditNode> parts = new ArrayList<>();

    /** Starts again from a stored template. */
    void load(OutlineTemplate source) {
        parts.clear();
        source.parts().forEach(p -> parts.add(EditNode.copy(p, null)));
    }

    List<OutlineTemplate.Node> nodes() {
        return parts.stream().map(EditNode::toNode).toList();
    }

    /** A new heading at {@code index} among the children of {@code parent} (the parts when null). */
    EditNode insert(EditNode parent, int index, String heading) {
        EditNode node = new EditNode(heading, false, "");
        node.parent = parent;
        (parent == null ? parts : parent.children).add(index, node);
        return node;
    }

    /** Moves the node {@code delta} places among its siblings, when there is such a place. */
    boolean shift(EditNode node, int delta) {
        List<EditNode> siblings = siblings(node);
        int from = siblings.indexOf(node);
        int to = from + delta;
        if (to < 0 || to >= siblings.size()) {
            return false;
        }
        siblings.remove(from);
        siblings.add(to, node);
        return true;
    }

    /** Makes the node the last child of the sibling before it. */
    boolean indent(EditNode node) {
        List<EditNode> siblings = siblings(node);
        int index = siblings.indexOf(node);
        if (index <= 0) {
            return false;
        }
        EditNode newParent = siblings.get(index - 1);
        siblings.remove(index);
        newParent.children.add(node);
        node.parent = newParent;
        return true;
    }

    /** Makes the node the sibling after its parent. */
    boolean outdent(EditNode node) {
        if (node.parent == null) {
            return false;
        }
        EditNode parent = node.parent;
        parent.children.remove(node);
        List<EditNode> target = siblings(parent);
        target.add(target.indexOf(parent) + 1, node);
        node.parent = parent.parent;
        return true;
    }

    void remove(EditNode node) {
        siblings(node).remove(node);
    }

    List<EditNode> siblings(EditNode node) {
        return node.parent == null ? parts : node.parent.children;
    }
}
