package com.reportflow.deliberation;

import com.reportflow.workflow.DeliberationOutcome;
import java.time.LocalDate;

/** What a meeting decided on the report, for the screens of the steps after it (the director's sign-off). */
public record DeliberationRecord(
        String meetingName, LocalDate meetingDate, DeliberationOutcome outcome, String notes) {}
