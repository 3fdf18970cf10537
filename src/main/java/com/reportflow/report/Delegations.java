package com.reportflow.report;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Role;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.ConflictRetry;
import com.reportflow.shared.TextInput;
import com.reportflow.shared.UserFacingException;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.TaskSteering;
import com.reportflow.workflow.WorkItem;
import com.reportflow.workflow.WorkQueries;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A task delegated (委派) to someone comes back to the person who delegated it: the step screens of drafting and
 * review offer it to the delegate, the steering pages to the coordinator and the admin.
 */
@Service
public class Delegations {

    /** The longest note a hand-back carries. */
    public static final int MAX_NOTE_LENGTH = 1_000;

    private final WorkQueries work;

    private final TaskSteering taskSteering;
    private final Directory directory;
    private final History history;
    private final CurrentUser currentUser;
    private final ConflictRetry retry;

    Delegations(
            WorkQueries work,
            TaskSteering taskSteering,
            Directory directory,
            History history,
            CurrentUser currentUser,
            ConflictRetry retry) {
        this.work = work;
        this.taskSteering = taskSteering;
        this.directory = directory;
        this.history = history;
        this.currentUser = currentUser;
        this.retry = retry;
    }

    /** Who delegated the open task of the step to the signed-in person, if it is delegated to them. */
    @Transactional(readOnly = true)
    public Optional<String> delegatedToMeBy(Step step, long subjectId) {
        Actor me = currentUser.require();
        return work.openTask(step, subjectId).flatMap(item -> delegatedBy(item, me));
    }

    /** Who delegated the task to the person, when it is delegated to them; for a caller that holds the task. */
    public Optional<String> delegatedBy(WorkItem item, Actor person) {
        return item.delegated() && person.username().equals(item.assignee())
                ? Optional.of(directory.displayName(item.owner()))
                : Optional.empty();
    }

    /**
     * Gives a delegated task back to the person who delegated it, who then decides: by the delegate, or by a
     * coordinator or admin steering the report.
     */
    public void handBack(Step step, long subjectId, String note) {
        Actor actor = currentUser.require();
        retry.inTransaction(() -> {
            WorkItem item = Optional.ofNullable(step)
                    .flatMap(s -> work.openTask(s, subjectId))
                    .orElseThrow(() -> new UserFacingException("error.task-gone"));
            boolean delegate = item.delegated() && actor.username().equals(item.assignee());
            if (!delegate && !actor.has(Role.ADMIN) && !actor.has(Role.COORDINATOR)) {
                throw new AccessDeniedException();
            }
            String text =
                    TextInput.optional(note, MAX_NOTE_LENGTH, "steering.reason").strip();
            taskSteering.handBack(step, subjectId);
            String owner = directory.displayName(item.owner());
            history.record(
                    actor,
                    item.reportId(),
                    item.sectionId(),
                    HistoryAction.TASK_HANDED_BACK,
                    text.isEmpty() ? owner : owner + "：" + text);
        });
    }
}
