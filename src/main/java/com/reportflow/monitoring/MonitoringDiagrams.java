package com.reportflow.monitoring;

import com.reportflow.report.ReportQueries;
import com.reportflow.report.SectionDetails;
import com.reportflow.shared.NotFoundException;
import com.reportflow.workflow.DiagramMarks;
import com.reportflow.workflow.ProcessDiagrams;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process diagrams of the monitoring section, for the admin and the coordinator: a report's or a section's
 * process with its finished, open and returned steps, or a process definition with the year's instances at each
 * step.
 */
@Service
public class MonitoringDiagrams {

    private final MonitorAccess access;
    private final ReportQueries queries;
    private final ProcessDiagrams diagrams;

    MonitoringDiagrams(MonitorAccess access, ReportQueries queries, ProcessDiagrams diagrams) {
        this.access = access;
        this.queries = queries;
        this.diagrams = diagrams;
    }

    /** A report's own process: finished, open and returned steps. */
    @Transactional(readOnly = true)
    public Diagram reportDiagram(long reportId) {
        access.require();
        String title = queries.summary(reportId).title();
        DiagramMarks marks = diagrams.ofReport(reportId).orElseThrow(NotFoundException::new);
        return diagram(title, ProcessDiagrams.Definition.REPORT, marks, Map.of());
    }

    /** A section's process, all its rounds together: finished, open and returned steps. */
    @Transactional(readOnly = true)
    public Diagram sectionDiagram(long sectionId) {
        access.require();
        SectionDetails section = queries.section(sectionId);
        DiagramMarks marks = diagrams.ofSection(sectionId).orElseThrow(NotFoundException::new);
        return diagram(
                section.reportTitle() + " · " + section.numberedHeading(),
                ProcessDiagrams.Definition.SECTION,
                marks,
                Map.of());
    }

    /** A process definition with the number of the year's instances standing at each step now. */
    @Transactional(readOnly = true)
    public Diagram definitionDiagram(String processKey, int year) {
        access.require();
        ProcessDiagrams.Definition definition =
                ProcessDiagrams.Definition.ofKey(processKey).orElseThrow(NotFoundException::new);
        List<Long> reportIds =
                queries.reportsOfYear(year).stream().map(o -> o.summary().id()).toList();
        Map<String, Integer> counts = diagrams.instancesAtSteps(definition, reportIds);
        DiagramMarks none = new DiagramMarks(definition, Set.of(), Set.of(), Map.of());
        return diagram(String.valueOf(year), definition, none, counts);
    }

    private Diagram diagram(
            String title, ProcessDiagrams.Definition definition, DiagramMarks marks, Map<String, Integer> counts) {
        return new Diagram(
                title, diagrams.png(definition, marks, counts), marks, counts, diagrams.stepNames(definition));
    }
}
