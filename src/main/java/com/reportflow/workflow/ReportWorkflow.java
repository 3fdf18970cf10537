package com.reportflow.workflow;

import com.reportflow.directory.Actor;
import com.reportflow.shared.UserFacingException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lifecycle of a report and its sections in the engine behind intent-named calls: start, take and release,
 * complete with a typed decision (following the process's route), withdraw, skip, add, remove, reopen and cancel.
 * It never decides who may act on a report's content: the feature services do. It does check that the person is a
 * candidate for, or the holder of, the task they act on, so a forged id can never complete someone else's task.
 * Reading tasks is {@link WorkQueries}; moving them between people is {@link TaskSteering}.
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
    private final TaskService taskService;
    private final EngineTasks tasks;

    ReportWorkflow(RuntimeService runtime, TaskService taskService, EngineTasks tasks) {
        this.runtime = runtime;
        this.taskService = taskService;
        this.tasks = tasks;
    }

    /** Starts the report's process; every assigned section starts its own drafting loop. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String startReport(long reportId) {
        return EngineTasks.engine(() -> runtime.createProcessInstanceBuilder()
                .processDefinitionKey(REPORT_PROCESS)
                .businessKey("report-" + reportId)
                .variable(REPORT_ID, reportId)
                .start()
                .getId());
    }

    /**
     * The open task of the step on the subject, provided the actor may act on it: a candidate of an unclaimed
     * task, or its holder. Refuses otherwise with a message saying why.
     */
    @Transactional(readOnly = true)
    public WorkItem actionable(Step step, long subjectId, Actor actor) {
        WorkItem item = tasks.require(step, subjectId, "error.task-gone");
        EngineTasks.checkMayAct(item, actor);
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
        EngineTasks.engine(() -> {
            taskService.claim(item.taskId(), actor.username());
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
        EngineTasks.refuseDelegated(item);
        EngineTasks.engine(() -> {
            taskService.unclaim(item.taskId());
            return null;
        });
    }

    /**
     * Starts the drafting loop of a section added to the report's outline while its sections are being drafted.
     * Refused once the report has gone on to compile.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void addSection(long reportId, long sectionId) {
        EngineTasks.engine(() -> {
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
        EngineTasks.engine(() -> {
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
        return EngineTasks.engine(() -> runtime.createExecutionQuery()
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
        return EngineTasks.engine(() -> {
            Task task = tasks.subject(Step.Scope.SECTION, sectionId).singleResult();
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
        WorkItem item = tasks.require(Step.OFFICE_CHECK, sectionId, "steering.error.not-in-office-check");
        EngineTasks.refuseDelegated(item);
        return EngineTasks.engine(() -> {
            Task task = taskService.createTaskQuery().taskId(item.taskId()).singleResult();
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

    /**
     * Ends a report's process and, with it, every section process it called, giving the reason to the engine's
     * history. Returns whether there was a process to end.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean cancelReport(long reportId, String reason) {
        return EngineTasks.engine(() -> {
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
        EngineTasks.engine(() -> {
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

    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(WorkItem item, Actor actor) {
        completeWith(item, actor, Map.of());
    }

    /**
     * Completes the task and returns the step its subject waits at now: where the process routed it (empty when the
     * subject's process ended). The process decides the route; callers follow it instead of deciding it again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Step> completeAndFollow(WorkItem item, Actor actor) {
        completeWith(item, actor, Map.of());
        long subject = item.step().scope() == Step.Scope.SECTION ? item.sectionId() : item.reportId();
        return EngineTasks.engine(() -> tasks.subject(item.step().scope(), subject).list().stream()
                .map(task -> Step.ofTaskKey(task.getTaskDefinitionKey()))
                .findFirst());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(WorkItem item, Actor actor, Decision decision) {
        completeWith(item, actor, Map.of(requireDecisionVariable(item), decision.name()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(WorkItem item, Actor actor, DeliberationOutcome outcome) {
        completeWith(item, actor, Map.of(requireDecisionVariable(item), outcome.name()));
    }

    private void completeWith(WorkItem item, Actor actor, Map<String, Object> variables) {
        EngineTasks.checkMayAct(item, actor);
        if (item.delegated()) {
            throw new UserFacingException("steering.error.task-delegated", item.owner());
        }
        EngineTasks.engine(() -> {
            if (item.assignee() == null) {
                taskService.claim(item.taskId(), actor.username());
            }
            taskService.complete(item.taskId(), variables);
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
}
