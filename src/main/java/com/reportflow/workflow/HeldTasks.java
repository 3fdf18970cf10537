package com.reportflow.workflow;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open tasks a person has taken (is the assignee of) or delegated (is the owner of), for the admin who moves or
 * deactivates them.
 */
@Component
public class HeldTasks {

    private final EngineTasks tasks;

    HeldTasks(EngineTasks tasks) {
        this.tasks = tasks;
    }

    @Transactional(readOnly = true)
    public List<WorkItem> heldBy(String username) {
        return tasks.openOfReports(
                query -> query.or().taskAssignee(username).taskOwner(username).endOr());
    }
}
