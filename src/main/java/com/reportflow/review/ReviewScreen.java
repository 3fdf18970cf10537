package com.reportflow.review;

import com.reportflow.report.SectionDetails;
import java.util.List;
import java.util.Optional;

/**
 * What the review screen shows and what the signed-in person may do there, read at once.
 *
 * @param mayDecide whether they may decide on the section now (an advisor, and the review unclaimed or theirs)
 * @param holds whether they hold the review (and have not delegated it)
 * @param delegatedBy who delegated the review to them (委派), when it is delegated to them
 * @param asksCoReview whether they were asked to co-review this round and have not yet answered
 * @param coReviews the co-reviews of this round with the opinions given so far
 */
public record ReviewScreen(
        SectionDetails details,
        boolean mayDecide,
        boolean holds,
        Optional<String> delegatedBy,
        boolean asksCoReview,
        List<CoReviewRow> coReviews) {}
