package com.reportflow.planning;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A bureau's own outline template, its nodes stored in document order with their depth. */
@Entity
@Table(name = "outline_template")
class StoredTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String updatedBy;

    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "template_id", nullable = false)
    @OrderBy("position")
    private List<TemplateNode> nodes = new ArrayList<>();

    protected StoredTemplate() {}

    StoredTemplate(String name) {
        this.name = name;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    long getVersion() {
        return version;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Replaces name and outline. */
    void write(String name, List<OutlineTemplate.Node> parts, String username, Instant at) {
        this.name = name;
        this.updatedBy = username;
        this.updatedAt = at;
        nodes.clear();
        flatten(parts, 1);
    }

    private void flatten(List<OutlineTemplate.Node> level, int depth) {
        for (OutlineTemplate.Node node : level) {
            nodes.add(new TemplateNode(nodes.size(), depth, node.heading(), node.optional(), node.reference()));
            flatten(node.children(), depth + 1);
        }
    }

    OutlineTemplate toTemplate() {
        return new OutlineTemplate(id, name, build(0, 1).parts);
    }

    private record Built(List<OutlineTemplate.Node> parts, int next) {}

    /** Rebuilds the tree from the flat list: the nodes from {@code from} on at {@code depth}, until a shallower one. */
    private Built build(int from, int depth) {
        List<OutlineTemplate.Node> level = new ArrayList<>();
        int i = from;
        while (i < nodes.size() && nodes.get(i).getDepth() >= depth) {
            TemplateNode node = nodes.get(i);
            Built children = build(i + 1, depth + 1);
            level.add(new OutlineTemplate.Node(
                    node.getHeading(), node.isOptional(), node.getReferenceText(), children.parts()));
            i = children.next();
        }
        return new Built(level, i);
    }
}
