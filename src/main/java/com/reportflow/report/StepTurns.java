package com.reportflow.report;

import com.reportflow.directory.Actor;
import com.reportflow.directory.Role;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.WorkQueries;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose turn a report's step is: the person has the role the step asks for, and the report waits at that step. The
 * step screens of compile, deliberation, sign-off and publication ask it to show their form; the actions themselves
 * check the engine's task again when they complete it.
 */
@Component
public class StepTurns {

    private final WorkQueries work;

    StepTurns(WorkQueries work) {
        this.work = work;
    }

    /** The report's steps waiting now for the person in that role; empty, without asking the engine, without it. */
    @Transactional(readOnly = true)
    public Set<Step> open(Actor person, Role role, long reportId) {
        return person.has(role) ? work.openReportSteps(reportId) : Set.of();
    }

    /** Whether the report waits at the step and the person has the role that takes it. */
    @Transactional(readOnly = true)
    public boolean isTurn(Actor person, Role role, Step step, long reportId) {
        return open(person, role, reportId).contains(step);
    }
}
