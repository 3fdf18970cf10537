package com.reportflow.directory;

import java.time.Instant;

/**
 * An open task a person holds, as the admin sees it on the person's page.
 *
 * @param stepKey the BPMN task key, translated as {@code step.<key>}
 * @param subject the section's heading, or the report's title for a step on the whole report
 */
public record HeldTask(long reportId, Long sectionId, String subject, String stepKey, Instant since) {}
