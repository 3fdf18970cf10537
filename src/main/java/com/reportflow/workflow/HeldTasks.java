package com.reportflow.workflow;

import java.util.List;
import org.flowable.engine.TaskService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open tasks a person has taken (is the assignee of) or delegated (is the owner of), for the admin who moves or
 * deactivates them.
 */
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
                .or()
                .taskAssignee(username)
                .taskOwner(username)
                .endOr()
                .active()
                .includeIdentityLinks()
                .includeProcessVariables()
                .orderByTaskCreateTime()
                .asc()
                .orderByTaskId()
                .asc()
                .list()
                .stream()
                .map(ReportWorkflow::toWorkItem)
                .toList();
    }
}
