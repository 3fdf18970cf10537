package com.reportflow.inbox;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Directory;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportDocument;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.SectionStatus;
import com.reportflow.workflow.DoneItem;
import com.reportflow.workflow.WorkItem;
import com.reportflow.workflow.WorkQueries;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current user's open and completed tasks, with what each is about. */
@Service
public class InboxService {

    private final WorkQueries work;
    private final ReportQueries queries;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final Clock clock;

    InboxService(WorkQueries work, ReportQueries queries, Directory directory, CurrentUser currentUser, Clock clock) {
        this.work = work;
        this.queries = queries;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TaskRow> inbox(int offset, int limit) {
        Actor actor = currentUser.require();
        Map<Long, ReportDocument> documents = new HashMap<>();
        Instant now = clock.instant();
        return work.inbox(actor, offset, limit).stream()
                .map(item -> row(item, documents, now))
                .toList();
    }

    @Transactional(readOnly = true)
    public long inboxCount() {
        return work.inboxCount(currentUser.require());
    }

    @Transactional(readOnly = true)
    public List<TaskRow> done(int offset, int limit) {
        Actor actor = currentUser.require();
        Map<Long, ReportDocument> documents = new HashMap<>();
        return work.done(actor, offset, limit).stream()
                .map(item -> doneRow(item, actor, documents))
                .toList();
    }

    @Transactional(readOnly = true)
    public long doneCount() {
        return work.doneCount(currentUser.require());
    }

    private TaskRow row(WorkItem item, Map<Long, ReportDocument> documents, Instant now) {
        ReportDocument document = documents.computeIfAbsent(item.reportId(), queries::documentOf);
        OutlineEntry entry = entryOf(document, item.sectionId());
        return new TaskRow(
                item.step(),
                item.reportId(),
                item.sectionId(),
                document.title(),
                entry == null ? document.title() : entry.numberedHeading(),
                entry == null ? null : entry.officeName(),
                item.assignee() == null ? null : directory.displayName(item.assignee()),
                item.createdAt(),
                item.dueAt(),
                null,
                item.dueAt() != null && item.dueAt().isBefore(now),
                item.delegated() ? directory.displayName(item.owner()) : null,
                approved(document),
                assigned(document));
    }

    private TaskRow doneRow(DoneItem item, Actor actor, Map<Long, ReportDocument> documents) {
        ReportDocument document = documents.computeIfAbsent(item.reportId(), queries::documentOf);
        OutlineEntry entry = entryOf(document, item.sectionId());
        return new TaskRow(
                item.step(),
                item.reportId(),
                item.sectionId(),
                document.title(),
                entry == null ? document.title() : entry.numberedHeading(),
                entry == null ? null : entry.officeName(),
                actor.displayName(),
                item.createdAt(),
                null,
                item.completedAt(),
                false,
                null,
                approved(document),
                assigned(document));
    }

    private static OutlineEntry entryOf(ReportDocument document, Long sectionId) {
        if (sectionId == null) {
            return null;
        }
        return document.entries().stream()
                .filter(e -> e.sectionId() == sectionId)
                .findFirst()
                .orElse(null);
    }

    private static long assigned(ReportDocument document) {
        return document.entries().stream().filter(OutlineEntry::assigned).count();
    }

    private static long approved(ReportDocument document) {
        return document.entries().stream()
                .filter(e -> e.assigned() && e.status() == SectionStatus.APPROVED)
                .count();
    }
}
