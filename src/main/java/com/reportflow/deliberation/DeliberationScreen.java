package com.reportflow.deliberation;

import com.reportflow.report.ReportDocument;
import java.util.List;

/** What the deliberation screen shows and whether the signed-in person may record a meeting now, read at once. */
public record DeliberationScreen(ReportDocument document, List<Deliberation> records, boolean mayRecord) {}
