package com.reportflow.workflow;

import java.time.Instant;

/** A task the person completed. */
public record DoneItem(
        String taskId, Step step, long reportId, Long sectionId, Instant createdAt, Instant completedAt) {}
