package com.reportflow.report;

import com.reportflow.directory.Actor;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The frozen revisions of sections and the legality opinions pinned to them. Writing joins the caller's
 * transaction; nothing here is ever updated or deleted.
 */
@Component
public class Revisions {

    private final RevisionRepository revisions;
    private final OpinionRepository opinions;
    private final Clock clock;

    Revisions(RevisionRepository revisions, OpinionRepository opinions, Clock clock) {
        this.revisions = revisions;
        this.opinions = opinions;
        this.clock = clock;
    }

    /** Freezes the section's current text as its next revision. */
    @Transactional(propagation = Propagation.MANDATORY)
    public SectionRevision freeze(Actor actor, ReportSection section) {
        int next = latest(section.getId()).map(SectionRevision::getNumber).orElse(0) + 1;
        return revisions.saveAndFlush(new SectionRevision(
                section.getId(),
                section.getReportId(),
                next,
                section.getHeading(),
                section.getBody(),
                actor.username(),
                actor.displayName(),
                clock.instant()));
    }

    /** Records a legality decision on a revision. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ReviewOpinion recordOpinion(Actor actor, SectionRevision revision, LegalOpinion opinion) {
        return opinions.saveAndFlush(
                new ReviewOpinion(revision, actor.username(), actor.displayName(), opinion, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<SectionRevision> latest(long sectionId) {
        return revisions.findFirstBySectionIdOrderByNumberDesc(sectionId);
    }

    /** The latest revision number of every submitted section of the report, by section id. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> latestNumbers(long reportId) {
        Map<Long, Integer> numbers = new HashMap<>();
        for (Object[] row : revisions.latestNumbers(reportId)) {
            numbers.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return numbers;
    }

    @Transactional(readOnly = true)
    public List<SectionRevision> ofSection(long sectionId) {
        return revisions.findBySectionIdOrderByNumberAsc(sectionId);
    }

    @Transactional(readOnly = true)
    public List<ReviewOpinion> opinionsOfReport(long reportId) {
        return opinions.findByReportIdOrderByDecidedAtAscIdAsc(reportId);
    }

    @Transactional(readOnly = true)
    public List<ReviewOpinion> opinionsOf(long sectionId) {
        return opinions.findBySectionIdOrderByDecidedAtAscIdAsc(sectionId);
    }
}
