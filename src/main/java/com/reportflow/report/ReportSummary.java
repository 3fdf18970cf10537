package com.reportflow.report;

import java.time.LocalDate;

/** A report as lists show it, with its progress. */
public record ReportSummary(
        long id,
        int year,
        String title,
        ReportStage stage,
        long sectionsApproved,
        long sectionsTotal,
        LocalDate submissionDeadline,
        LocalDate publicationDeadline) {}
