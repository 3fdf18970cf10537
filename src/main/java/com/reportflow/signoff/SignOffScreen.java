package com.reportflow.signoff;

import com.reportflow.checks.ReportFindings;
import com.reportflow.deliberation.DeliberationRecord;
import com.reportflow.report.ReportDocument;
import java.util.Optional;

/** What the sign-off screen shows and whether the signed-in person may sign now, read at once. */
public record SignOffScreen(
        ReportDocument document,
        boolean maySign,
        Optional<Signature> signature,
        Optional<DeliberationRecord> deliberation,
        ReportFindings findings) {}
