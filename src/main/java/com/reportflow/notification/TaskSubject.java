package com.reportflow.notification;

import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportDocument;

/** What a task is about, in words: the report's title and the numbered heading of its section, if any. */
record TaskSubject(String reportTitle, String heading) {

    /** A section removed from the outline since is named by the report alone. */
    static TaskSubject of(ReportDocument document, Long sectionId) {
        if (sectionId != null) {
            for (OutlineEntry entry : document.entries()) {
                if (entry.sectionId() == sectionId) {
                    return new TaskSubject(document.title(), entry.numberedHeading());
                }
            }
        }
        return new TaskSubject(document.title(), document.title());
    }
}
