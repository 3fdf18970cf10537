package com.reportflow.checks;

import java.util.List;

/**
 * What the checks found on a report: the open findings, and those the coordinator dismissed with the reason.
 *
 * @param mayDismiss whether the current user may dismiss a finding (coordinator or admin)
 */
public record ReportFindings(List<Finding> open, List<DismissedFinding> dismissed, boolean mayDismiss) {

    public ReportFindings {
        open = List.copyOf(open);
        dismissed = List.copyOf(dismissed);
    }

    public record DismissedFinding(Finding finding, String reason) {}
}
