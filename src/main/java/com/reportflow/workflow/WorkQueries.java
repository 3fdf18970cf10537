package com.reportflow.workflow;

import com.reportflow.directory.Actor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.TaskQuery;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reading open and done work from the engine: a subject's open task, inboxes, done lists, every open task. */
@Component
public class WorkQueries {

    private final RuntimeService runtime;
    private final TaskService taskService;
    private final HistoryService history;
    private final EngineTasks tasks;

    WorkQueries(RuntimeService runtime, TaskService taskService, HistoryService history, EngineTasks tasks) {
        this.runtime = runtime;
        this.taskService = taskService;
        this.history = history;
        this.tasks = tasks;
    }

    /** The open task of a step on a report or section, if the subject is at that step. */
    @Transactional(readOnly = true)
    public Optional<WorkItem> openTask(Step step, long subjectId) {
        return tasks.open(step, subjectId);
    }

    /** The steps the report's own process waits at now (compile, deliberation, sign-off, publication…). */
    @Transactional(readOnly = true)
    public Set<Step> openReportSteps(long reportId) {
        return EngineTasks.engine(() -> tasks.subject(Step.Scope.REPORT, reportId).list().stream()
                .map(task -> Step.ofTaskKey(task.getTaskDefinitionKey()))
                .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    /** The open section tasks of a section (at most one at a time in this process). */
    @Transactional(readOnly = true)
    public Optional<WorkItem> openSectionTask(long sectionId) {
        return EngineTasks.engine(() ->
                tasks
                        .subject(Step.Scope.SECTION, sectionId)
                        .includeIdentityLinks()
                        .includeProcessVariables()
                        .list()
                        .stream()
                        .map(EngineTasks::toWorkItem)
                        .findFirst());
    }

    /**
     * Who holds the open task of a step on a report or section, for the deadline timers of the processes: empty
     * when the subject is no longer at that step.
     */
    @Transactional(readOnly = true)
    public Optional<TaskHolders> holders(Step step, long subjectId) {
        return tasks.open(step, subjectId)
                .map(item -> new TaskHolders(
                        item.taskId(),
                        item.reportId(),
                        item.sectionId(),
                        item.dueAt(),
                        item.assignee(),
                        item.candidateGroups(),
                        item.candidateUsers()));
    }

    /** The open tasks of a report and of its sections, earliest first. */
    @Transactional(readOnly = true)
    public List<WorkItem> openTasksOf(long reportId) {
        return tasks.openOfReports(query -> query.processVariableValueEquals(ReportWorkflow.REPORT_ID, reportId));
    }

    /** The actor's inbox: tasks they hold and unclaimed tasks of their groups, earliest due first. */
    @Transactional(readOnly = true)
    public List<WorkItem> inbox(Actor actor, int offset, int limit) {
        return EngineTasks.engine(() -> inboxQuery(actor)
                .includeIdentityLinks()
                .includeProcessVariables()
                .orderByDueDateNullsLast()
                .asc()
                .orderByTaskCreateTime()
                .asc()
                .orderByTaskId()
                .asc()
                .listPage(offset, limit)
                .stream()
                .map(EngineTasks::toWorkItem)
                .toList());
    }

    @Transactional(readOnly = true)
    public long inboxCount(Actor actor) {
        return EngineTasks.engine(() -> inboxQuery(actor).count());
    }

    /** Tasks the actor completed, newest first. */
    @Transactional(readOnly = true)
    public List<DoneItem> done(Actor actor, int offset, int limit) {
        return EngineTasks.engine(() -> history
                .createHistoricTaskInstanceQuery()
                .taskAssignee(actor.username())
                .finished()
                .includeProcessVariables()
                .orderByHistoricTaskInstanceEndTime()
                .desc()
                .orderByTaskCreateTime()
                .desc()
                .orderByTaskId()
                .desc()
                .listPage(offset, limit)
                .stream()
                .map(WorkQueries::toDoneItem)
                .toList());
    }

    @Transactional(readOnly = true)
    public long doneCount(Actor actor) {
        return EngineTasks.engine(() -> history.createHistoricTaskInstanceQuery()
                .taskAssignee(actor.username())
                .finished()
                .count());
    }

    /** Every open task of every report in flight: the report's own and its sections'. */
    @Transactional(readOnly = true)
    public List<WorkItem> openTasks() {
        return tasks.openOfReports(query -> query);
    }

    private TaskQuery inboxQuery(Actor actor) {
        List<String> groups = List.copyOf(actor.groups());
        TaskQuery query = taskService.createTaskQuery().active();
        if (groups.isEmpty()) {
            return query.taskInvolvedUser(actor.username());
        }
        return query.or()
                .taskAssignee(actor.username())
                .taskCandidateGroupIn(groups)
                .taskInvolvedUser(actor.username())
                .endOr();
    }

    private static DoneItem toDoneItem(HistoricTaskInstance task) {
        return new DoneItem(
                task.getId(),
                Step.ofTaskKey(task.getTaskDefinitionKey()),
                EngineTasks.reportIdOf(task),
                EngineTasks.sectionIdOf(task),
                EngineTasks.instant(task.getCreateTime()),
                EngineTasks.instant(task.getEndTime()));
    }
}
