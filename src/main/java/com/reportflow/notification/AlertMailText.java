package com.reportflow.notification;

import com.reportflow.inbox.TaskRow;
import com.reportflow.report.ReportDocument;
import com.reportflow.shared.ui.Translations;
import com.reportflow.workflow.Step;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The plain-text mail of a notification, in Chinese whatever language the screens were last shown in: a reminder
 * or escalation names the report, the section, the step, the due date and the link to the task's screen.
 */
@Component
class AlertMailText {

    private final Translations translations;
    private final String appUrl;

    AlertMailText(Translations translations, @Value("${reportflow.app-url:http://localhost:8080}") String appUrl) {
        this.translations = translations;
        this.appUrl = appUrl.endsWith("/") ? appUrl.substring(0, appUrl.length() - 1) : appUrl;
    }

    /** The holder's name is null while nobody has taken the task. */
    AlertMail compose(
            String to, String recipientName, Notification notification, TaskSubject subject, String holderName) {
        Step step = Step.ofTaskKey(notification.getStepKey());
        String stepName = text("step." + step.taskKey());
        String due = dueText(notification.getDueAt());
        String link = appUrl + "/" + TaskRow.route(step, notification.getReportId(), notification.getSectionId());
        String kind = notification.getKind().name();
        return new AlertMail(
                to,
                text("notification.mail.subject." + kind, stepName, subject.heading(), due),
                text(
                        "notification.mail.body." + kind,
                        recipientName,
                        subject.reportTitle(),
                        subject.heading(),
                        stepName,
                        due,
                        holderName == null ? text("notification.mail.unclaimed") : holderName,
                        link));
    }

    private String text(String key, Object... args) {
        return translations.getTranslation(key, Translations.CHINESE, args);
    }

    private String dueText(Instant due) {
        return due == null
                ? text("notification.mail.no-due")
                : ReportDocument.formatDate(due.atZone(ZoneId.systemDefault()).toLocalDate());
    }
}
