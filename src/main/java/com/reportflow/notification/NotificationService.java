package com.reportflow.notification;

import com.reportflow.directory.CurrentUser;
import com.reportflow.report.ReportDocument;
import com.reportflow.report.ReportQueries;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.shared.ui.UnreadNotifications;
import com.reportflow.workflow.Step;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's notifications: only their own, newest first, read and marked read by them alone. */
@Service
public class NotificationService implements UnreadNotifications {

    private final NotificationRepository notifications;
    private final ReportQueries reports;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(
            NotificationRepository notifications, ReportQueries reports, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.reports = reports;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<NotificationRow> mine(int offset, int limit) {
        String me = currentUser.require().username();
        int size = Math.max(limit, 1);
        Map<Long, ReportDocument> documents = new HashMap<>();
        return notifications.findByRecipientOrderByCreatedAtDescIdDesc(me, PageRequest.of(offset / size, size)).stream()
                .map(n -> row(n, documents.computeIfAbsent(n.getReportId(), reports::documentOf)))
                .toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return notifications.countByRecipient(currentUser.require().username());
    }

    @Override
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(
                currentUser.require().username());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> newestUnreadKind() {
        return notifications
                .findFirstByRecipientAndReadAtIsNullOrderByCreatedAtDescIdDesc(
                        currentUser.require().username())
                .map(n -> n.getKind().name());
    }

    /** Marks one of the person's notifications read; someone else's is refused. */
    @Transactional
    public void markRead(long notificationId) {
        String me = currentUser.require().username();
        Notification notification = notifications.findById(notificationId).orElseThrow(NotFoundException::new);
        if (!notification.getRecipient().equals(me)) {
            throw new AccessDeniedException();
        }
        notification.markRead(clock.instant());
    }

    @Transactional
    public void markAllRead() {
        notifications.markAllRead(currentUser.require().username(), clock.instant());
    }

    private static NotificationRow row(Notification n, ReportDocument document) {
        TaskSubject subject = TaskSubject.of(document, n.getSectionId());
        return new NotificationRow(
                n.getId(),
                n.getKind(),
                n.getStepKey().isEmpty() ? null : Step.ofTaskKey(n.getStepKey()),
                n.getReportId(),
                n.getSectionId(),
                subject.reportTitle(),
                subject.heading(),
                n.getDueAt(),
                n.getCreatedAt(),
                n.getReadAt());
    }
}
