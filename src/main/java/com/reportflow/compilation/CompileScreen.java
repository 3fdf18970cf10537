package com.reportflow.compilation;

import com.reportflow.checks.ReportFindings;
import com.reportflow.report.ReportDocument;

/** What the compile screen shows and whether the signed-in person may compile now, read at once. */
public record CompileScreen(ReportDocument document, boolean mayCompile, ReportFindings findings) {}
