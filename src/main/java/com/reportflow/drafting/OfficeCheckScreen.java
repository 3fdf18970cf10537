package com.reportflow.drafting;

import com.reportflow.report.SectionDetails;

/** What the office-check screen shows and whether the signed-in person may make the check now, read at once. */
public record OfficeCheckScreen(SectionDetails details, boolean mayCheck) {}
