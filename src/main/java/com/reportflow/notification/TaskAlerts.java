package com.reportflow.notification;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CandidateGroups;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Role;
import com.reportflow.report.ReportQueries;
import com.reportflow.shared.UserFacingException;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.TaskHolders;
import com.reportflow.workflow.WorkQueries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the deadline timers of both processes by expression (processes/*.bpmn20.xml): when a task's reminder
 * fires, and who is told when it fires or when the task falls overdue. It writes at most one notification per task,
 * kind and person, so a timer job that runs twice (the async executor of a cluster may repeat a job) tells nobody
 * twice.
 */
@Component("taskAlerts")
public class TaskAlerts {

    /** How long after urging a task it may be urged again. */
    static final Duration URGE_INTERVAL = Duration.ofHours(1);

    private final WorkQueries work;
    private final Directory directory;
    private final ReportQueries reports;
    private final NotificationRepository notifications;
    private final AlertMailText mailText;
    private final NotificationMailer mailer;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReminderTimes reminderTimes;

    TaskAlerts(
            WorkQueries work,
            Directory directory,
            ReportQueries reports,
            NotificationRepository notifications,
            AlertMailText mailText,
            NotificationMailer mailer,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${reportflow.reminder-days-before:2}") int reminderDaysBefore) {
        this.work = work;
        this.directory = directory;
        this.reports = reports;
        this.notifications = notifications;
        this.mailText = mailText;
        this.mailer = mailer;
        this.events = events;
        this.clock = clock;
        this.reminderTimes = new ReminderTimes(clock, reminderDaysBefore);
    }

    /** When to remind the holder of a task due at {@code due}; see {@link ReminderTimes}. */
    public Date reminderAt(Date due) {
        return reminderTimes.reminderAt(due);
    }

    /**
     * Reminds whoever holds the step's open task on the subject (a section id for section steps, else a report id):
     * the person who took it, else everyone who may take it. Nobody is reminded of a task already overdue: its
     * escalation tells them.
     */
    @Transactional
    public void remind(String taskKey, Long subjectId) {
        Step step = Step.ofTaskKey(taskKey);
        work.holders(step, subjectId)
                .filter(task -> !reminderTimes.overdue(task.dueAt()))
                .ifPresent(task -> notify(task, step, NotificationKind.REMINDER, holders(task)));
    }

    /** Tells every coordinator, and whoever holds the task, that the step's open task on the subject is overdue. */
    @Transactional
    public void escalate(String taskKey, Long subjectId) {
        Step step = Step.ofTaskKey(taskKey);
        work.holders(step, subjectId).ifPresent(task -> {
            Set<String> recipients = new LinkedHashSet<>();
            for (Actor coordinator : directory.members(Set.of(CandidateGroups.role(Role.COORDINATOR)))) {
                recipients.add(coordinator.username());
            }
            recipients.addAll(holders(task));
            notify(task, step, NotificationKind.ESCALATION, recipients);
        });
    }

    /**
     * Urges whoever holds the step's open task on the subject (催办): the person who took it, else everyone who may
     * take it. Refused when the task was urged less than an hour ago; an earlier urge of the same task comes back
     * as new and unread. Returns who was told.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<String> urge(Step step, long subjectId) {
        TaskHolders task = work.holders(step, subjectId).orElseThrow(() -> new UserFacingException("error.task-gone"));
        Instant now = clock.instant();
        if (notifications.existsByTaskIdAndKindAndCreatedAtAfter(
                task.taskId(), NotificationKind.URGE, now.minus(URGE_INTERVAL))) {
            throw new UserFacingException("notification.error.urged-recently");
        }
        Set<String> recipients = holders(task);
        TaskSubject subject = TaskSubject.of(reports.documentOf(task.reportId()), task.sectionId());
        String holderName = task.taken() ? directory.displayName(task.assignee()) : null;
        for (String person : recipients) {
            Notification notification = notifications
                    .findByTaskIdAndKindAndRecipient(task.taskId(), NotificationKind.URGE, person)
                    .map(earlier -> {
                        earlier.renew(now);
                        return earlier;
                    })
                    .orElseGet(() -> notifications.save(new Notification(
                            person,
                            NotificationKind.URGE,
                            task.taskId(),
                            task.reportId(),
                            task.sectionId(),
                            step.taskKey(),
                            task.dueAt(),
                            now)));
            mail(person, notification, subject, holderName);
        }
        return recipients;
    }

    /**
     * Tells a person that a report's progress was copied to them (抄送); copied again, the notification comes back
     * as new and unread. It concerns no task: its task id names the report and it has no step.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void copied(long reportId, String recipient) {
        Instant now = clock.instant();
        String key = "copy:" + reportId;
        notifications
                .findByTaskIdAndKindAndRecipient(key, NotificationKind.COPY, recipient)
                .ifPresentOrElse(
                        earlier -> earlier.renew(now),
                        () -> notifications.save(new Notification(
                                recipient, NotificationKind.COPY, key, reportId, null, "", null, now)));
    }

    private Set<String> holders(TaskHolders task) {
        Set<String> people = new LinkedHashSet<>();
        if (task.taken() && directory.actor(task.assignee()).isPresent()) {
            people.add(task.assignee());
            return people;
        }
        for (Actor candidate : directory.members(task.candidateGroups())) {
            people.add(candidate.username());
        }
        for (String named : task.candidateUsers()) {
            directory.actor(named).ifPresent(a -> people.add(a.username()));
        }
        return people;
    }

    private void notify(TaskHolders task, Step step, NotificationKind kind, Set<String> recipients) {
        List<String> fresh = recipients.stream()
                .filter(person -> !notifications.existsByTaskIdAndKindAndRecipient(task.taskId(), kind, person))
                .toList();
        if (fresh.isEmpty()) {
            return;
        }
        TaskSubject subject = TaskSubject.of(reports.documentOf(task.reportId()), task.sectionId());
        String holderName = task.taken() ? directory.displayName(task.assignee()) : null;
        for (String person : fresh) {
            Notification notification = notifications.save(new Notification(
                    person,
                    kind,
                    task.taskId(),
                    task.reportId(),
                    task.sectionId(),
                    step.taskKey(),
                    task.dueAt(),
                    clock.instant()));
            mail(person, notification, subject, holderName);
        }
    }

    private void mail(String person, Notification notification, TaskSubject subject, String holderName) {
        if (mailer.enabled()) {
            directory
                    .email(person)
                    .map(address ->
                            mailText.compose(address, directory.displayName(person), notification, subject, holderName))
                    .ifPresent(events::publishEvent);
        }
    }
}
