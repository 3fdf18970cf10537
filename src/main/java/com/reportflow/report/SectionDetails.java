package com.reportflow.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A section with what people need beside it: its place in the report, its status, who holds its open step (null
 * while nobody has taken it), its last return and history.
 */
public record SectionDetails(
        long sectionId,
        long reportId,
        String reportTitle,
        int reportYear,
        String numberedHeading,
        String officeName,
        LocalDate dueDate,
        SectionStatus status,
        String body,
        String referenceText,
        long version,
        String holder,
        HistoryEntry latestReturn,
        List<HistoryEntry> history,
        List<SectionRevision> revisions,
        List<ReviewOpinion> opinions) {

    public SectionDetails {
        history = List.copyOf(history);
        revisions = List.copyOf(revisions);
        opinions = List.copyOf(opinions);
    }

    /** The route of a section's record of revisions and opinions, for features that link to it. */
    public static String timelineRoute(long sectionId) {
        return "sections/" + sectionId + "/timeline";
    }

    /** The latest submitted revision, if the section was ever submitted. */
    public Optional<SectionRevision> latestRevision() {
        return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.getLast());
    }

    public Optional<SectionRevision> revision(Integer number) {
        return number == null
                ? Optional.empty()
                : revisions.stream().filter(r -> r.getNumber() == number).findFirst();
    }

    public Optional<ReviewOpinion> opinion(Long opinionId) {
        return opinionId == null
                ? Optional.empty()
                : opinions.stream().filter(o -> o.getId().equals(opinionId)).findFirst();
    }

    /** The revision the latest return was decided on, if there was a return. */
    public Optional<SectionRevision> returnedRevision() {
        return latestReturn == null ? Optional.empty() : revision(latestReturn.getRevisionNumber());
    }

    /** The revision a legal advisor last returned, the one a resubmission is compared with in review. */
    public Optional<SectionRevision> lastLegallyReturnedRevision() {
        return opinions.reversed().stream()
                .filter(o -> o.opinion().conclusion() == com.reportflow.workflow.Decision.RETURN)
                .findFirst()
                .flatMap(o -> revisions.stream()
                        .filter(r -> r.getId().equals(o.getRevisionId()))
                        .findFirst());
    }

    /** The structured legality opinion of the latest return, when a legal advisor made it. */
    public Optional<LegalOpinion> latestReturnOpinion() {
        return latestReturn == null
                ? Optional.empty()
                : opinion(latestReturn.getOpinionId()).map(ReviewOpinion::opinion);
    }
}
