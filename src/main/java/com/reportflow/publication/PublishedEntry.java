package com.reportflow.publication;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One heading of a published version with the text under it. */
@Entity
@Immutable
@Table(name = "published_entry")
class PublishedEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    private int depth;

    private Long sectionId;

    private boolean assigned;

    private String heading;

    private String body;

    protected PublishedEntry() {}

    PublishedEntry(int position, int depth, Long sectionId, boolean assigned, String heading, String body) {
        this.position = position;
        this.depth = depth;
        this.sectionId = sectionId;
        this.assigned = assigned;
        this.heading = heading;
        this.body = body;
    }

    int getDepth() {
        return depth;
    }

    Long getSectionId() {
        return sectionId;
    }

    boolean isAssigned() {
        return assigned;
    }

    String getHeading() {
        return heading;
    }

    String getBody() {
        return body;
    }
}
