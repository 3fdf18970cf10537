package com.reportflow.checks;

import static com.reportflow.TestUsers.as;

import com.reportflow.ReportSteps;
import com.reportflow.TestReports;
import com.reportflow.directory.Directory;
import com.reportflow.planning.ReportPlanning;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportQueries;
import java.util.List;
import org.springframework.context.ApplicationContext;

/** A report waiting at compile whose first section has a wrongly written date and a half-width comma. */
final class ChecksFixture {

    static final String FIRST_BODY = "2025.3.15召开专题会议,研究部署法治工作。";

    private ChecksFixture() {}

    /** The report's id and its first drafted section's id. */
    static long[] reportAtCompile(ApplicationContext context) {
        ReportPlanning planning = context.getBean(ReportPlanning.class);
        Directory directory = context.getBean(Directory.class);
        ReportQueries queries = context.getBean(ReportQueries.class);
        long reportId = TestReports.start(planning, directory, "JCJYK", false);
        List<OutlineEntry> entries =
                as("coordinator", () -> queries.document(reportId)).entries();
        long first = entries.get(1).sectionId();
        new ReportSteps(context).approveAll(reportId, id -> id == first ? FIRST_BODY : "依法行政工作有序推进。");
        return new long[] {reportId, first};
    }
}
