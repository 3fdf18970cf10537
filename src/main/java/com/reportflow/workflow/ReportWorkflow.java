package com.reportflow.workflow;

import com.reportflow.directory.Actor;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.UserFacingException;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskInfo;
import org.flowable.task.api.TaskQuery;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine behind intent-named calls. It never decides who may act on a report's content: the feature
 * services do. It does check that the person is a candidate for, or the holder of, the task they act on, so a
 * forged id can never complete someone else's task.
 */
@Component
public class ReportWorkflow {

    static final String REPORT_PROCESS = "annualReport";
    static final String SECTION_PROCESS = "reportSection";
    static final String REPORT_ID = "reportId";
    static final String SECTION_ID = "sectionId";
    static final String WITHDRAWN_MESSAGE = "sectionWithdrawn";
    static final String DRAFT_SECTIONS = "draftSections";
    static final String REMOVED_MESSAGE = "sectionRemoved";
    static final String OFFICE_CHECK_SKIPPED_MESSAGE = "officeCheckSkipped";
    /** The identity link of a legal advisor asked to co-review a legality review held by another. */
    static final String CO_REVIEWER = "coReviewer";

    static final String REDRAFT_SECTIONS = "redraftSections";
    /** A section process started with this variable true begins at legality review (reportSection's entry gateway). */
    static final String REOPENED = "reopened";

    static final String REOPENED_MESSAGE = "sectionReopened";
    static final String REOPENED_SECTION_ID = "reopenedSectionId";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;

    ReportWorkflow(RuntimeService runtime, TaskService tasks, HistoryService history) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
    }

    /** Starts the report's process; every assigned section starts its own drafting loop. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String startReport(long reportId) {
        return engine(() -> runtime.createProcessInstanceBuilder()
                .processDefinitionKey(REPORT_PROCESS)
                .businessKey("report-" + reportId)
                .variable(REPORT_ID, reportId)
                .start()
                .getId());
    }

    /** The open task of a step on a report or section, if the subject is at that step. */
    @Transactional(readOnly = true)
    public Optional<WorkItem> openTask(Step step, long subjectId) {
        return engine(() -> Optional.ofNullable(subjectQuery(step.scope(), subjectId)
                        .taskDefinitionKey(step.taskKey())
                        .includeIdentityLinks()
                        .includeProcessVariables()
                        .singleResult())
                .map(ReportWorkflow::toWorkItem));
    }

    /** The open section tasks of a section (at most one at a time in this process). */
    @Transactional(readOnly = true)
    public Optional<WorkItem> openSectionTask(long sectionId) {
        return engine(() ->
                subjectQuery(Step.Scope.SECTION, sectionId)
                        .includeIdentityLinks()
                        .includeProcessVariables()
                        .list()
                        .stream()
                        .map(ReportWorkflow::toWorkItem)
                        .findFirst());
    }

    /**
     * Who holds the open task of a step on a report or section, for the deadline timers of the processes: empty
     * when the subject is no longer at that step.
     */
    @Transactional(readOnly = true)
    public Optional<TaskHolders> holders(Step step, long subjectId) {
        return openTask(step, subjectId)
                .map(item -> new TaskHolders(
                        item.taskId(),
                        item.reportId(),
                        item.sectionId(),
                        item.dueAt(),
                        item.assignee(),
                        item.candidateGroups(),
                        item.candidateUsers()));
    }

    /**
     * The open task of the step on the subject, provided the actor may act on it: a candidate of an unclaimed
     * task, or its holder. Refuses otherwise with a message saying why.
     */
    @Transactional(readOnly = true)
    public WorkItem actionable(Step step, long subjectId, Actor actor) {
        WorkItem item = openTask(step, subjectId).orElseThrow(() -> new UserFacingException("error.task-gone"));
        checkMayAct(item, actor);
        return item;
    }

    /**
     * Makes the actor the holder of the task, so that colleagues see it is being worked on. Returns whether it was
     * taken now (false when the actor already held it).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean take(Step step, long subjectId, Actor actor) {
        WorkItem item = actionable(step, subjectId, actor);
        if (item.assignee() != null) {
            return false;
        }
        engine(() -> {
            tasks.claim(item.taskId(), actor.username());
            return null;
        });
        return true;
    }

    /** Gives a held task back to its candidate groups. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(Step step, long subjectId, Actor actor) {
        WorkItem item = actionable(step, subjectId, actor);
        if (!actor.username().equals(item.assignee())) {
            throw new UserFacingException("error.task-not-held");
        }
        refuseDelegated(item);
        engine(() -> {
            tasks.unclaim(item.taskId());
            return null;
        });
    }

    /**
     * Starts the drafting loop of a section added to the report's outline while its sections are being drafted.
     * Refused once the report has gone on to compile.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void addSection(long reportId, long sectionId) {
        engine(() -> {
            String reportInstance = draftingReportInstance(reportId);
            runtime.addMultiInstanceExecution(DRAFT_SECTIONS, reportInstance, Map.of(SECTION_ID, sectionId));
            return null;
        });
    }

    /**
     * Ends the drafting loop of a section removed from the report's outline while its sections are being drafted
     * (a normal end, through the section process's removal event), so the report goes on to compile once every
     * remaining section is approved.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void removeSection(long reportId, long sectionId) {
        engine(() -> {
            draftingReportInstance(reportId);
            ProcessInstance section = runtime.createProcessInstanceQuery()
                    .processDefinitionKey(SECTION_PROCESS)
                    .variableValueEquals(SECTION_ID, sectionId)
                    .singleResult();
            if (section != null) {
                Execution waiting = runtime.createExecutionQuery()
                        .processInstanceId(section.getId())
                        .messageEventSubscriptionName(REMOVED_MESSAGE)
                        .singleResult();
                runtime.messageEventReceived(REMOVED_MESSAGE, waiting.getId());
            }
            return null;
        });
    }

    /** Whether the report's sections are in their first round of drafting and review, so its outline may change. */
    @Transactional(readOnly = true)
    public boolean outlineOpen(long reportId) {
        return engine(() -> runtime.createExecutionQuery()
                        .processDefinitionKey(REPORT_PROCESS)
                        .processVariableValueEquals(REPORT_ID, reportId)
                        .activityId(DRAFT_SECTIONS)
                        .count()
                > 0);
    }

    private String draftingReportInstance(long reportId) {
        ProcessInstance report = runtime.createProcessInstanceQuery()
                .processDefinitionKey(REPORT_PROCESS)
                .variableValueEquals(REPORT_ID, reportId)
                .singleResult();
        if (report == null || !outlineOpen(reportId)) {
            throw new UserFacingException("error.outline.closed");
        }
        return report.getId();
    }

    /**
     * Takes a submitted section back from the step it waits at (office check or legality review) to drafting,
     * provided nobody has taken that step up yet. Returns the step it was withdrawn from.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Step withdraw(long sectionId) {
        return engine(() -> {
            Task task = subjectQuery(Step.Scope.SECTION, sectionId).singleResult();
            if (task == null) {
                throw new UserFacingException("error.task-gone");
            }
            Step step = Step.ofTaskKey(task.getTaskDefinitionKey());
            if (step != Step.OFFICE_CHECK && step != Step.LEGALITY_REVIEW) {
                throw new UserFacingException("error.withdraw.not-submitted");
            }
            if (task.getAssignee() != null) {
                throw new UserFacingException("error.withdraw.taken-up", task.getAssignee());
            }
            Execution waiting = runtime.createExecutionQuery()
                    .processInstanceId(task.getProcessInstanceId())
                    .messageEventSubscriptionName(WITHDRAWN_MESSAGE)
                    .singleResult();
            runtime.messageEventReceived(WITHDRAWN_MESSAGE, waiting.getId());
            return step;
        });
    }

    /**
     * Sends a section waiting at its office check on to legality review without the check (the coordinator's way
     * out when nobody can make it). Refused while the check is delegated, and on sections whose process started
     * before this way out existed (their process version has no such event).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public WorkItem skipOfficeCheck(long sectionId) {
        WorkItem item = openTask(Step.OFFICE_CHECK, sectionId)
                .orElseThrow(() -> new UserFacingException("steering.error.not-in-office-check"));
        refuseDelegated(item);
        return engine(() -> {
            Task task = tasks.createTaskQuery().taskId(item.taskId()).singleResult();
            Execution waiting = runtime.createExecutionQuery()
                    .processInstanceId(task.getProcessInstanceId())
                    .messageEventSubscriptionName(OFFICE_CHECK_SKIPPED_MESSAGE)
                    .singleResult();
            if (waiting == null) {
                throw new UserFacingException("steering.error.skip-old-version");
            }
            runtime.messageEventReceived(OFFICE_CHECK_SKIPPED_MESSAGE, waiting.getId());
            return item;
        });
    }

    /** The step a section waits at now (after a completion: the step the process moved it to), if any. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Step> sectionStep(long sectionId) {
        return engine(() -> subjectQuery(Step.Scope.SECTION, sectionId).list().stream()
                .map(task -> Step.ofTaskKey(task.getTaskDefinitionKey()))
                .findFirst());
    }

    /**
     * Hands the open task of a step to a person, who holds it at once (转办). Who may receive it is the feature's
     * rule; the engine only refuses a task that is delegated, since its owner must get it back first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public WorkItem transfer(Step step, long subjectId, String username) {
        WorkItem item = openTask(step, subjectId).orElseThrow(() -> new UserFacingException("error.task-gone"));
        refuseDelegated(item);
        engine(() -> {
            tasks.setOwner(item.taskId(), null);
            tasks.setAssignee(item.taskId(), username);
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
        WorkItem item = openTask(Step.DRAFT_SECTION, sectionId)
                .orElseThrow(() -> new UserFacingException("steering.error.not-drafting"));
        refuseDelegated(item);
        engine(() -> {
            for (String group : item.candidateGroups()) {
                tasks.deleteCandidateGroup(item.taskId(), group);
            }
            tasks.addCandidateGroup(item.taskId(), draftersGroup);
            tasks.setOwner(item.taskId(), null);
            tasks.setAssignee(item.taskId(), null);
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
        WorkItem item = openTask(step, subjectId).orElseThrow(() -> new UserFacingException("error.task-gone"));
        refuseDelegated(item);
        if (item.assignee() == null) {
            throw new UserFacingException("steering.error.not-held");
        }
        if (item.assignee().equals(username)) {
            throw new UserFacingException("steering.error.same-person");
        }
        engine(() -> {
            tasks.delegateTask(item.taskId(), username);
            return null;
        });
        return item;
    }

    /** Gives a delegated task back to its owner (resolve); returns the task as it was while delegated. */
    @Transactional(propagation = Propagation.MANDATORY)
    public WorkItem handBack(Step step, long subjectId) {
        WorkItem item = openTask(step, subjectId).orElseThrow(() -> new UserFacingException("error.task-gone"));
        if (!item.delegated()) {
            throw new UserFacingException("steering.error.not-delegated");
        }
        engine(() -> {
            tasks.resolveTask(item.taskId());
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
        WorkItem item = openTask(Step.LEGALITY_REVIEW, sectionId)
                .orElseThrow(() -> new UserFacingException("steering.error.not-in-review"));
        if (item.assignee() == null) {
            throw new UserFacingException("steering.error.not-held");
        }
        engine(() -> {
            tasks.addUserIdentityLink(item.taskId(), username, CO_REVIEWER);
            return null;
        });
        return item;
    }

    /** Takes the co-review link away once the co-reviewer has given their opinion. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void removeCoReviewer(String taskId, String username) {
        engine(() -> {
            tasks.deleteUserIdentityLink(taskId, username, CO_REVIEWER);
            return null;
        });
    }

    /**
     * Ends a report's process and, with it, every section process it called, giving the reason to the engine's
     * history. Returns whether there was a process to end.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean cancelReport(long reportId, String reason) {
        return engine(() -> {
            ProcessInstance report = runtime.createProcessInstanceQuery()
                    .processDefinitionKey(REPORT_PROCESS)
                    .variableValueEquals(REPORT_ID, reportId)
                    .singleResult();
            if (report == null) {
                return false;
            }
            runtime.deleteProcessInstance(report.getId(), reason);
            return true;
        });
    }

    /**
     * Sends an approved section back through legality review. While the report's sections are still drafted (the
     * first round, or the round the leadership group sent back), the section joins that running multi-instance and
     * starts at legality review; while the report waits at compile, compile is interrupted by the
     * {@code sectionReopened} message, the section is reviewed in its own call, and compile opens anew. Refused
     * from deliberation on.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reopenSection(long reportId, long sectionId) {
        engine(() -> {
            ProcessInstance report = runtime.createProcessInstanceQuery()
                    .processDefinitionKey(REPORT_PROCESS)
                    .variableValueEquals(REPORT_ID, reportId)
                    .singleResult();
            if (report == null) {
                throw new UserFacingException("steering.error.reopen-too-late");
            }
            for (String loop : List.of(DRAFT_SECTIONS, REDRAFT_SECTIONS)) {
                boolean running = runtime.createExecutionQuery()
                                .processInstanceId(report.getId())
                                .activityId(loop)
                                .count()
                        > 0;
                if (running) {
                    runtime.addMultiInstanceExecution(
                            loop, report.getId(), Map.of(SECTION_ID, sectionId, REOPENED, true));
                    return null;
                }
            }
            Execution compile = runtime.createExecutionQuery()
                    .processInstanceId(report.getId())
                    .messageEventSubscriptionName(REOPENED_MESSAGE)
                    .singleResult();
            if (compile == null) {
                throw new UserFacingException("steering.error.reopen-too-late");
            }
            runtime.messageEventReceived(REOPENED_MESSAGE, compile.getId(), Map.of(REOPENED_SECTION_ID, sectionId));
            return null;
        });
    }

    /** The open tasks of a report and of its sections, earliest first. */
    @Transactional(readOnly = true)
    public List<WorkItem> openTasksOf(long reportId) {
        return engine(() -> tasks
                .createTaskQuery()
                .processDefinitionKeyIn(List.of(REPORT_PROCESS, SECTION_PROCESS))
                .processVariableValueEquals(REPORT_ID, reportId)
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
                .toList());
    }

    private static void refuseDelegated(WorkItem item) {
        if (item.delegated()) {
            throw new UserFacingException("steering.error.delegated", item.assignee());
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(WorkItem item, Actor actor) {
        completeWith(item, actor, Map.of());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(WorkItem item, Actor actor, Decision decision) {
        completeWith(item, actor, Map.of(requireDecisionVariable(item), decision.name()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(WorkItem item, Actor actor, DeliberationOutcome outcome) {
        completeWith(item, actor, Map.of(requireDecisionVariable(item), outcome.name()));
    }

    /** The actor's inbox: tasks they hold and unclaimed tasks of their groups, earliest due first. */
    @Transactional(readOnly = true)
    public List<WorkItem> inbox(Actor actor, int offset, int limit) {
        return engine(() -> inboxQuery(actor)
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
                .map(ReportWorkflow::toWorkItem)
                .toList());
    }

    @Transactional(readOnly = true)
    public long inboxCount(Actor actor) {
        return engine(() -> inboxQuery(actor).count());
    }

    /** Tasks the actor completed, newest first. */
    @Transactional(readOnly = true)
    public List<DoneItem> done(Actor actor, int offset, int limit) {
        return engine(() -> history
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
                .map(ReportWorkflow::toDoneItem)
                .toList());
    }

    @Transactional(readOnly = true)
    public long doneCount(Actor actor) {
        return engine(() -> history.createHistoricTaskInstanceQuery()
                .taskAssignee(actor.username())
                .finished()
                .count());
    }

    /** Every open task of every report in flight: the report's own and its sections'. */
    @Transactional(readOnly = true)
    public List<WorkItem> openTasks() {
        return engine(() -> tasks
                .createTaskQuery()
                .processDefinitionKeyIn(List.of(REPORT_PROCESS, SECTION_PROCESS))
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
                .toList());
    }

    private void completeWith(WorkItem item, Actor actor, Map<String, Object> variables) {
        checkMayAct(item, actor);
        if (item.delegated()) {
            throw new UserFacingException("steering.error.task-delegated", item.owner());
        }
        engine(() -> {
            if (item.assignee() == null) {
                tasks.claim(item.taskId(), actor.username());
            }
            tasks.complete(item.taskId(), variables);
            return null;
        });
    }

    private static String requireDecisionVariable(WorkItem item) {
        String variable = item.step().decisionVariable();
        if (variable == null) {
            throw new IllegalArgumentException(item.step() + " takes no decision");
        }
        return variable;
    }

    private static void checkMayAct(WorkItem item, Actor actor) {
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

    private TaskQuery subjectQuery(Step.Scope scope, long subjectId) {
        return scope == Step.Scope.SECTION
                ? tasks.createTaskQuery()
                        .processDefinitionKey(SECTION_PROCESS)
                        .processVariableValueEquals(SECTION_ID, subjectId)
                        .active()
                : tasks.createTaskQuery()
                        .processDefinitionKey(REPORT_PROCESS)
                        .processVariableValueEquals(REPORT_ID, subjectId)
                        .active();
    }

    private TaskQuery inboxQuery(Actor actor) {
        List<String> groups = List.copyOf(actor.groups());
        TaskQuery query = tasks.createTaskQuery().active();
        if (groups.isEmpty()) {
            return query.taskInvolvedUser(actor.username());
        }
        return query.or()
                .taskAssignee(actor.username())
                .taskCandidateGroupIn(groups)
                .taskInvolvedUser(actor.username())
                .endOr();
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
            if (CO_REVIEWER.equals(link.getType()) && link.getUserId() != null) {
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

    private static DoneItem toDoneItem(HistoricTaskInstance task) {
        return new DoneItem(
                task.getId(),
                Step.ofTaskKey(task.getTaskDefinitionKey()),
                reportIdOf(task),
                sectionIdOf(task),
                instant(task.getCreateTime()),
                instant(task.getEndTime()));
    }

    private static long reportIdOf(TaskInfo task) {
        return ((Number) task.getProcessVariables().get(REPORT_ID)).longValue();
    }

    private static Long sectionIdOf(TaskInfo task) {
        Object id = task.getProcessVariables().get(SECTION_ID);
        return id == null ? null : ((Number) id).longValue();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static <T> T engine(Supplier<T> call) {
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
