package com.reportflow.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.springframework.context.ApplicationContext;

/**
 * The deadline timers of a report's or a section's process under a clock the test sets: which are due at the
 * engine's time, and firing one as the async executor would (it is off in the tests). Reset the clock after each
 * test: the engine is shared by every test of the context.
 */
public final class DeadlineTimers {

    private final ManagementService management;
    private final RuntimeService runtime;
    private final ProcessEngineConfiguration engine;

    public DeadlineTimers(ApplicationContext context) {
        this.management = context.getBean(ManagementService.class);
        this.runtime = context.getBean(RuntimeService.class);
        this.engine = context.getBean(ProcessEngineConfiguration.class);
    }

    public void clockAt(Instant now) {
        engine.getClock().setCurrentTime(Date.from(now));
    }

    public void resetClock() {
        engine.getClock().reset();
    }

    /** The boundary event ids of every timer waiting in the subject's process, e.g. draftSectionReminder. */
    public List<String> waiting(Step.Scope scope, long subjectId) {
        return ids(management
                .createTimerJobQuery()
                .processInstanceId(processOf(scope, subjectId))
                .orderByJobDuedate()
                .asc()
                .list());
    }

    /** As {@link #waiting}, only those due at the engine's clock. */
    public List<String> due(Step.Scope scope, long subjectId) {
        return ids(management
                .createTimerJobQuery()
                .processInstanceId(processOf(scope, subjectId))
                .executable()
                .orderByJobDuedate()
                .asc()
                .list());
    }

    /** When the timer fires. */
    public Instant dueDate(String timerId, Step.Scope scope, long subjectId) {
        return timer(timerId, scope, subjectId).getDuedate().toInstant();
    }

    /** Fires a waiting timer, due or not, in a transaction of its own. */
    public void fire(String timerId, Step.Scope scope, long subjectId) {
        Job executable = management.moveTimerToExecutableJob(
                timer(timerId, scope, subjectId).getId());
        management.executeJob(executable.getId());
    }

    private Job timer(String timerId, Step.Scope scope, long subjectId) {
        Job timer = management
                .createTimerJobQuery()
                .processInstanceId(processOf(scope, subjectId))
                .elementId(timerId)
                .singleResult();
        if (timer == null) {
            throw new AssertionError("No timer " + timerId + " waits for " + scope + " " + subjectId);
        }
        return timer;
    }

    private String processOf(Step.Scope scope, long subjectId) {
        ProcessInstance instance = scope == Step.Scope.SECTION
                ? runtime.createProcessInstanceQuery()
                        .processDefinitionKey(ReportWorkflow.SECTION_PROCESS)
                        .variableValueEquals(ReportWorkflow.SECTION_ID, subjectId)
                        .singleResult()
                : runtime.createProcessInstanceQuery()
                        .processDefinitionKey(ReportWorkflow.REPORT_PROCESS)
                        .variableValueEquals(ReportWorkflow.REPORT_ID, subjectId)
                        .singleResult();
        if (instance == null) {
            throw new AssertionError("No process runs for " + scope + " " + subjectId);
        }
        return instance.getId();
    }

    private static List<String> ids(List<Job> timers) {
        return timers.stream().map(Job::getElementId).toList();
    }
}
