package com.reportflow.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.engine.HistoryService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.flowable.variable.api.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every round of every step of a set of reports, read from the engine's history in four queries whatever the
 * number of reports and sections: the report processes (their business key names the report), the section
 * processes (their parent is a report process), the section ids, and the tasks of both. Process variables are
 * not joined to the task query on purpose: Flowable caps such joined listings, and the caps would cut large years
 * short without saying so.
 */
@Component
public class StepHistory {

    private static final String BUSINESS_KEY_PREFIX = "report-";

    private final HistoryService history;

    StepHistory(HistoryService history) {
        this.history = history;
    }

    /** The rounds of every step of the given reports and their sections, oldest first. */
    @Transactional(readOnly = true)
    public List<StepSpan> ofReports(Collection<Long> reportIds) {
        Set<Long> wanted = new HashSet<>(reportIds);
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<String, Subject> subjects = subjects(wanted);
        List<StepSpan> spans = new ArrayList<>();
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
                .processDefinitionKeyIn(List.of(ReportWorkflow.REPORT_PROCESS, ReportWorkflow.SECTION_PROCESS))
                .orderByTaskCreateTime()
                .asc()
                .orderByTaskId()
                .asc()
                .list()) {
            Subject subject = subjects.get(task.getProcessInstanceId());
            if (subject == null) {
                continue;
            }
            spans.add(new StepSpan(
                    Step.ofTaskKey(task.getTaskDefinitionKey()),
                    subject.reportId(),
                    subject.sectionId(),
                    task.getAssignee(),
                    instant(task.getCreateTime()),
                    instant(task.getEndTime())));
        }
        return spans;
    }

    /** Process instance id → the report (and section) it runs for, limited to the wanted reports. */
    private Map<String, Subject> subjects(Set<Long> wanted) {
        Map<String, Subject> subjects = new HashMap<>();
        for (HistoricProcessInstance report : history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ReportWorkflow.REPORT_PROCESS)
                .list()) {
            Long reportId = reportIdOf(report.getBusinessKey());
            if (reportId != null && wanted.contains(reportId)) {
                subjects.put(report.getId(), new Subject(reportId, null));
            }
        }
        Map<String, String> parentOfSection = new HashMap<>();
        for (HistoricProcessInstance section : history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ReportWorkflow.SECTION_PROCESS)
                .list()) {
            if (subjects.containsKey(section.getSuperProcessInstanceId())) {
                parentOfSection.put(section.getId(), section.getSuperProcessInstanceId());
            }
        }
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .variableName(ReportWorkflow.SECTION_ID)
                .list()) {
            String parent = parentOfSection.get(variable.getProcessInstanceId());
            if (parent != null && variable.getValue() instanceof Number sectionId) {
                subjects.put(
                        variable.getProcessInstanceId(),
                        new Subject(subjects.get(parent).reportId(), sectionId.longValue()));
            }
        }
        return subjects;
    }

    static Long reportIdOf(String businessKey) {
        if (businessKey == null || !businessKey.startsWith(BUSINESS_KEY_PREFIX)) {
            return null;
        }
        try {
            return Long.parseLong(businessKey.substring(BUSINESS_KEY_PREFIX.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private record Subject(long reportId, Long sectionId) {}
}
