package com.reportflow.planning;

import java.util.ArrayList;
import java.util.List;

/** A heading being edited in the template editor; its reference text (from an import) travels with it. */
final class EditNode {
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

    static EditNode copy(OutlineTemplate.Node node, EditNode parent) {
        EditNode copy = new EditNode(node.heading(), node.optional(), node.reference());
        copy.parent = parent;
        node.children().forEach(child -> copy.children.add(copy(child, copy)));
        return copy;
    }

    OutlineTemplate.Node toNode() {
        return new OutlineTemplate.Node(
                heading,
                optional,
                reference,
                children.stream().map(EditNode::toNode).toList());
    }
}
