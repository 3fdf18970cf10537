package com.reportflow.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    boolean existsByTaskIdAndKindAndRecipient(String taskId, NotificationKind kind, String recipient);

    Optional<Notification> findByTaskIdAndKindAndRecipient(String taskId, NotificationKind kind, String recipient);

    boolean existsByTaskIdAndKindAndCreatedAtAfter(String taskId, NotificationKind kind, Instant after);

    List<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

    long countByRecipient(String recipient);

    long countByRecipientAndReadAtIsNull(String recipient);

    Optional<Notification> findFirstByRecipientAndReadAtIsNullOrderByCreatedAtDescIdDesc(String recipient);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.recipient = :recipient and n.readAt is null")
    int markAllRead(String recipient, Instant at);
}
