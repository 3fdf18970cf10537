package com.reportflow.review;

import java.time.Instant;

/** A co-review of the current round of a legality review: who, asked when, and their opinion once given. */
public record CoReviewRow(
        String reviewer,
        String reviewerName,
        String requestedByName,
        Instant requestedAt,
        String opinion,
        Instant answeredAt) {

    public boolean open() {
        return answeredAt == null;
    }
}
