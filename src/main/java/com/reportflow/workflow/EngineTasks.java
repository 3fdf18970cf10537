package com.reportflow.workflow;

import com.reportflow.directory.Actor;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.UserFacingException;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskInfo;
import org.flowable.task.api.TaskQuery;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * What the workflow classes share: the one lookup of a subject's open task, the engine's task as a {@link WorkItem},
 * the checks of who may act on a task, and the translation of the engine's failures into the application's.
 */
@Component
class EngineTasks {

    private final TaskService taskService;

    EngineTasks(TaskService taskService) {
        this.taskService = taskService;
    }

    TaskQuery subject(Step.Scope scope, long subjectId) {
        return scope == Step.Scope.SECTION
                ? taskService
                        .createTaskQuery()
                        .processDefinitionKey(ReportWorkflow.SECTION_PROCESS)
                        .processVariableValueEquals(ReportWorkflow.SECTION_ID, subjectId)
                        .active()
                : taskService
                        .createTaskQuery()
                        .processDefinitionKey(ReportWorkflow.REPORT_PROCESS)
                        .processVariableValueEquals(ReportWorkflow.REPORT_ID, subjectId)
                        .active();
    }

    /** The open tasks of reports and sections the caller's filter keeps, earliest first. */
    List<WorkItem> openOfReports(UnaryOperator<TaskQuery> filter) {
        return engine(() -> filter
                .apply(taskService
                        .createTaskQuery()
                        .processDefinitionKeyIn(List.of(ReportWorkflow.REPORT_PROCESS, ReportWorkflow.SECTION_PROCESS))
                        .active())
                .includeIdentityLinks()
                .includeProcessVariables()
                .orderByTaskCreateTime()
                .asc()
                .orderByTaskId()
                .asc()
                .list()
                .stream()
                .map(EngineTasks::toWorkItem)
                .toList());
    }

    /** The open task of a step on a report or section, if the subject is at that step. */
    Optional<WorkItem> open(Step step, long subjectId) {
        return engine(() -> Optional.ofNullable(subject(step.scope(), subjectId)
                        .taskDefinitionKey(step.taskKey())
                        .includeIdentityLinks()
                        .includeProcessVariables()
                        .singleResult())
                .map(EngineTasks::toWorkItem));
    }

    /** The open task of a step on a subject, or a refusal with the message key when the subject is not there. */
    WorkItem require(Step step, long subjectId, String missingKey) {
        return open(step, subjectId).orElseThrow(() -> new UserFacingException(missingKey));
    }

    static void refuseDelegated(WorkItem item) {
        if (item.delegated()) {
            throw new UserFacingException("steering.error.delegated", item.assignee());
        }
    }

    static void checkMayAct(WorkItem item, Actor actor) {
        boolean candidate = item.offeredTo(actor.username(), actor.groups());
        if (item.assignee() != null) {
            if (!item.assignee().equals(actor.username())) {
                throw candidate
                        ? new UserFacingException("error.task-held-by-other", item.assignee())
                        : new AccessDeniedException();
            }
            return;
        }
        if (!candidate) {
            throw new AccessDeniedException();
        }
    }

    static WorkItem toWorkItem(Task task) {
        Set<String> groups = new HashSet<>();
        Set<String> users = new HashSet<>();
        Set<String> coReviewers = new HashSet<>();
        for (IdentityLinkInfo link : task.getIdentityLinks()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
                users.add(link.getUserId());
            }
            if (ReportWorkflow.CO_REVIEWER.equals(link.getType()) && link.getUserId() != null) {
                coReviewers.add(link.getUserId());
            }
        }
        boolean delegated = task.getDelegationState() == DelegationState.PENDING;
        return new WorkItem(
                task.getId(),
                Step.ofTaskKey(task.getTaskDefinitionKey()),
                reportIdOf(task),
                sectionIdOf(task),
                task.getAssignee(),
                groups,
                users,
                instant(task.getCreateTime()),
                instant(task.getDueDate()),
                delegated ? task.getOwner() : null,
                coReviewers);
    }

    static long reportIdOf(TaskInfo task) {
        return ((Number) task.getProcessVariables().get(ReportWorkflow.REPORT_ID)).longValue();
    }

    static Long sectionIdOf(TaskInfo task) {
        Object id = task.getProcessVariables().get(ReportWorkflow.SECTION_ID);
        return id == null ? null : ((Number) id).longValue();
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    static <T> T engine(Supplier<T> call) {
        try {
            return call.get();
        } catch (FlowableOptimisticLockingException e) {
            throw new OptimisticLockingFailureException("Another person changed this task at the same time", e);
        } catch (FlowableObjectNotFoundException e) {
            throw new UserFacingException("error.task-gone");
        } catch (FlowableTaskAlreadyClaimedException e) {
            throw new UserFacingException("error.task-held-by-other", e.getTaskAssignee());
        }
    }
}
