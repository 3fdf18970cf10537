/**
 * Deadlines: reminders before a task is due and escalations to the coordinators once it is overdue, written by the
 * timers of the BPMN processes; each person's notification list and, when a mail server is configured, mail.
 */
package com.reportflow.notification;
