package com.reportflow.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One heading of a stored template, at its place in document order. */
@Entity
@Table(name = "outline_template_node")
class TemplateNode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    private int depth;

    private String heading;

    @Column(name = "optional_part")
    private boolean optional;

    private String referenceText;

    protected TemplateNode() {}

    TemplateNode(int position, int depth, String heading, boolean optional, String referenceText) {
        this.position = position;
        this.depth = depth;
        this.heading = heading;
        this.optional = optional;
        this.referenceText = referenceText == null || referenceText.isEmpty() ? null : referenceText;
    }

    int getDepth() {
        return depth;
    }

    String getHeading() {
        return heading;
    }

    boolean isOptional() {
        return optional;
    }

    String getReferenceText() {
        return referenceText;
    }
}
