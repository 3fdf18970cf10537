package com.reportflow.report;

import com.reportflow.directory.Actor;
import com.reportflow.shared.AuditEvent;
import com.reportflow.shared.TextInput;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the history of reports and sections. Writing joins the caller's transaction, and each entry is
 * also published to the audit trail (which keeps it with the same transaction).
 */
@Component
public class History {

    static final int AUDIT_EXCERPT = 200;

    private final HistoryRepository entries;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    History(HistoryRepository entries, Clock clock, ApplicationEventPublisher events) {
        this.entries = entries;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, long reportId, Long sectionId, HistoryAction action, String comment) {
        entries.save(new HistoryEntry(
                reportId,
                sectionId,
                actor.username(),
                actor.displayName(),
                action,
                comment,
                clock.instant(),
                null,
                null));
        audit(actor, sectionId == null ? "report:" + reportId : "section:" + sectionId, action, comment);
    }

    /** Records an action on a revision of a section, with the legality opinion it produced, if any. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            Actor actor, SectionRevision revision, HistoryAction action, String comment, ReviewOpinion opinion) {
        entries.save(new HistoryEntry(
                revision.getReportId(),
                revision.getSectionId(),
                actor.username(),
                actor.displayName(),
                action,
                comment,
                clock.instant(),
                revision.getNumber(),
                opinion == null ? null : opinion.getId()));
        audit(actor, "section:" + revision.getSectionId(), action, comment);
    }

    private void audit(Actor actor, String target, HistoryAction action, String comment) {
        String detail = comment == null || comment.isBlank() ? null : TextInput.excerpt(comment.strip(), AUDIT_EXCERPT);
        events.publishEvent(AuditEvent.done(actor.username(), action.name(), target, detail));
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> ofSection(long sectionId) {
        return entries.findBySectionIdOrderByOccurredAtAscIdAsc(sectionId);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> ofReport(long reportId) {
        return entries.findByReportIdOrderByOccurredAtAscIdAsc(reportId);
    }

    /** How often each section of the reports was sent back by its office head or the legal advisor, by section id. */
    @Transactional(readOnly = true)
    public Map<Long, Long> returnsBySection(Collection<Long> reportIds) {
        Map<Long, Long> returns = new HashMap<>();
        if (reportIds.isEmpty()) {
            return returns;
        }
        for (Object[] row :
                entries.countBySection(reportIds, List.of(HistoryAction.RETURNED, HistoryAction.OFFICE_RETURNED))) {
            returns.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return returns;
    }

    /** When each section of the reports was approved by the legal advisor, in no particular order. */
    @Transactional(readOnly = true)
    public List<Instant> approvalTimes(Collection<Long> reportIds) {
        return reportIds.isEmpty() ? List.of() : entries.times(reportIds, HistoryAction.APPROVED);
    }

    /** The latest return of the section with its opinion, by the office head or the legal advisor. */
    @Transactional(readOnly = true)
    public Optional<HistoryEntry> latestReturn(long sectionId) {
        return entries.findFirstBySectionIdAndActionInOrderByOccurredAtDescIdDesc(
                sectionId,
                List.of(HistoryAction.RETURNED, HistoryAction.OFFICE_RETURNED, HistoryAction.DELIBERATION_RETURNED));
    }
}
