package com.reportflow.report;

import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Due dates of the report's own steps, counted back from its legal deadlines: the signed report must reach
 * the superior authority before 1 March, the public by 1 April.
 */
@Component("reportSchedule")
public class ReportSchedule {

    private final ReportRepository reports;

    ReportSchedule(ReportRepository reports) {
        this.reports = reports;
    }

    @Transactional(readOnly = true)
    public Date due(Long reportId, String taskKey) {
        Report report = reports.findById(reportId).orElseThrow();
        return SectionRouting.endOfDay(dueDate(report, taskKey));
    }

    static LocalDate dueDate(Report report, String taskKey) {
        LocalDate submission = report.getSubmissionDeadline().minusDays(1);
        return switch (taskKey) {
            case "compileReport" -> submission.minusDays(14);
            case "deliberateReport" -> submission.minusDays(10);
            case "signOff" -> submission.minusDays(5);
            case "submitToSuperior" -> submission;
            case "publishReport" -> report.getPublicationDeadline().minusDays(1);
            default -> throw new IllegalArgumentException("No schedule for " + taskKey);
        };
    }
}
