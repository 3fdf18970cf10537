package com.reportflow.workflow;

import com.reportflow.shared.UserFacingException;
import org.flowable.engine.TaskService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving an open task between people (转办, 委派 and its hand-back, 加签): who may receive it is the feature's rule;
 * the engine only refuses a task that is delegated, since its owner must get it back first.
 */
@Component
public class TaskSteering {

    private final TaskService taskService;
    private final EngineTasks tasks;

    TaskSteering(TaskService taskService, EngineTasks tasks) {
        this.taskService = taskService;
        this.tasks = tasks;
    }

    /**
     * Hands the open task of a step to a person, who holds it at once (转办). Who may receive it is the feature's
     * rule; the engine only refuses a task that is delegated, since its owner must get it back first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public WorkItem transfer(Step step, long subjectId, String username) {
        WorkItem item = tasks.require(step, subjectId, "error.task-gone");
        EngineTasks.refuseDelegated(item);
        EngineTasks.engine(() -> {
            taskService.setOwner(item.taskId(), null);
            taskService.setAssignee(item.taskId(), username);
            return null;
        });
        return item;
    }

    /**
     * Moves a section's open drafting task to another office's drafters, unclaimed (转办 to an office). The caller
     * has already moved the section to that office in our tables, so later rounds of drafting go there too.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public WorkItem transferDrafting(long sectionId, String draftersGroup) {
        WorkItem item = tasks.require(Step.DRAFT_SECTION, sectionId, "steering.error.not-drafting");
        EngineTasks.refuseDelegated(item);
        EngineTasks.engine(() -> {
            for (String group : item.candidateGroups()) {
                taskService.deleteCandidateGroup(item.taskId(), group);
            }
            taskService.addCandidateGroup(item.taskId(), draftersGroup);
            taskService.setOwner(item.taskId(), null);
            taskService.setAssignee(item.taskId(), null);
            return null;
        });
        return item;
    }

    /**
     * Delegates the held task of a step to a person (委派): they work on it and hand it back; only then can its
     * holder decide.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public WorkItem delegate(Step step, long subjectId, String username) {
        WorkItem item = tasks.require(step, subjectId, "error.task-gone");
        EngineTasks.refuseDelegated(item);
        if (item.assignee() == null) {
            throw new UserFacingException("steering.error.not-held");
        }
        if (item.assignee().equals(username)) {
            throw new UserFacingException("steering.error.same-person");
        }
        EngineTasks.engine(() -> {
            taskService.delegateTask(item.taskId(), username);
            return null;
        });
        return item;
    }

    /** Gives a delegated task back to its owner (resolve); returns the task as it was while delegated. */
    @Transactional(propagation = Propagation.MANDATORY)
    public WorkItem handBack(Step step, long subjectId) {
        WorkItem item = tasks.require(step, subjectId, "error.task-gone");
        if (!item.delegated()) {
            throw new UserFacingException("steering.error.not-delegated");
        }
        EngineTasks.engine(() -> {
            taskService.resolveTask(item.taskId());
            return null;
        });
        return item;
    }

    /**
     * Lets a legal advisor see a held legality review in their inbox as its co-reviewer (加签). The link carries no
     * right to decide: the review's holder decides, and the co-review opinion is kept in the feature's own table.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public WorkItem addCoReviewer(long sectionId, String username) {
        WorkItem item = tasks.require(Step.LEGALITY_REVIEW, sectionId, "steering.error.not-in-review");
        if (item.assignee() == null) {
            throw new UserFacingException("steering.error.not-held");
        }
        EngineTasks.engine(() -> {
            taskService.addUserIdentityLink(item.taskId(), username, ReportWorkflow.CO_REVIEWER);
            return null;
        });
        return item;
    }

    /** Takes the co-review link away once the co-reviewer has given their opinion. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void removeCoReviewer(String taskId, String username) {
        EngineTasks.engine(() -> {
            taskService.deleteUserIdentityLink(taskId, username, ReportWorkflow.CO_REVIEWER);
            return null;
        });
    }
}
