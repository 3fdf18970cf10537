package com.reportflow.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The open tasks a person has taken (is the assignee of), for the admin who moves or deactivates them. */
@Component
public class HeldTasks {

    private final TaskService tasks;

    HeldTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    @Transactional(readOnly = true)
    public List<WorkItem> heldBy(String username) {
        return tasks
                .createTaskQuery()
                .processDefinitionKeyIn(List.of(ReportWorkflow.REPORT_PROCESS, ReportWorkflow.SECTION_PROCESS))
                .taskAssignee(username)
                .active()
                .includeIdentityLinks()
                .includeProcessVariables()
                .orderByTaskCreateTime()
                .asc()
                .orderByTaskId()
                .asc()
                .list()
                .stream()
                .map(HeldTasks::toWorkItem)
                .toList();
    }

    private static WorkItem toWorkItem(Task task) {
        Set<String> groups = new HashSet<>();
        for (IdentityLinkInfo link : task.getIdentityLinks()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        Object section = task.getProcessVariables().get(ReportWorkflow.SECTION_ID);
        return new WorkItem(
                task.getId(),
                Step.ofTaskKey(task.getTaskDefinitionKey()),
                ((Number) task.getProcessVariables().get(ReportWorkflow.REPORT_ID)).longValue(),
                section == null ? null : ((Number) section).longValue(),
                task.getAssignee(),
                groups,
                instant(task.getCreateTime()),
                instant(task.getDueDate()));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
