package com.reportflow.notification;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails notifications when a mail server is configured ({@code spring.mail.host}; Spring Boot then provides the
 * sender). A mail is sent only after the notification's transaction commits, so a rolled-back timer job mails
 * nobody; a mail that cannot be sent is logged and never fails the process.
 */
@Component
class NotificationMailer {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationMailer.class);

    private final JavaMailSender sender;
    private final String from;

    NotificationMailer(
            Optional<JavaMailSender> sender,
            @Value("${reportflow.mail-from:reportflow@reportflow.example}") String from) {
        this.sender = sender.orElse(null);
        this.from = from;
    }

    boolean enabled() {
        return sender != null;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void send(AlertMail mail) {
        if (sender == null) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.text());
        try {
            sender.send(message);
        } catch (RuntimeException e) {
            LOG.warn("Notification mail to {} not sent: {}", mail.to(), e.toString());
        }
    }
}
