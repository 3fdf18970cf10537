package com.reportflow.monitoring;

import com.reportflow.workflow.Step;
import com.reportflow.workflow.StepSpan;
import com.reportflow.workflow.WorkItem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The open tasks and the rounds of the steps of a set of reports, read once and keyed by step and subject (the
 * section for a section's step, the report for a report's), then asked subject by subject: which task is open where,
 * who holds it, and each cell of the matrix.
 */
final class OpenSteps {

    private final Map<String, WorkItem> open = new HashMap<>();
    private final Map<String, String> holders;
    private final Map<String, List<StepSpan>> rounds = new HashMap<>();
    private final Instant now;

    /** Of two open tasks at the same place, the one opened first. */
    static WorkItem earlier(WorkItem a, WorkItem b) {
        return a.createdAt().isBefore(b.createdAt()) ? a : b;
    }

    OpenSteps(Collection<WorkItem> openTasks, Holders holders, Collection<StepSpan> spans, Instant now) {
        for (WorkItem task : openTasks) {
            open.merge(key(task.step(), task.subjectId()), task, OpenSteps::earlier);
        }
        this.holders = holders.byTask(open.values());
        for (StepSpan span : spans) {
            rounds.computeIfAbsent(key(MatrixStep.of(span.step()), subjectOf(span)), k -> new ArrayList<>())
                    .add(span);
        }
        this.now = now;
    }

    /** Who holds an open task, as {@link Holders#byTask} names it. */
    String holder(WorkItem task) {
        return holders.get(task.taskId());
    }

    /** The report's own open task opened first, or null. */
    WorkItem reportTask(long reportId) {
        WorkItem first = null;
        for (Step step : Step.values()) {
            if (step.scope() == Step.Scope.REPORT) {
                WorkItem task = open.get(key(step, reportId));
                if (task != null && (first == null || task.createdAt().isBefore(first.createdAt()))) {
                    first = task;
                }
            }
        }
        return first;
    }

    /** The section's open task, the first in the order of the matrix's columns, or null. */
    WorkItem sectionTask(long sectionId) {
        for (MatrixStep step : MatrixStep.values()) {
            if (step.ofSection()) {
                for (Step s : step.steps()) {
                    WorkItem task = open.get(key(s, sectionId));
                    if (task != null) {
                        return task;
                    }
                }
            }
        }
        return null;
    }

    /** The cells of the subject's columns: a section's own steps, or a report's. */
    Map<MatrixStep, Cell> cells(long subjectId, boolean ofSection) {
        Map<MatrixStep, Cell> cells = new EnumMap<>(MatrixStep.class);
        for (MatrixStep step : MatrixStep.values()) {
            if (step.ofSection() == ofSection) {
                cells.put(step, cell(step, subjectId));
            }
        }
        return cells;
    }

    private Cell cell(MatrixStep step, long subjectId) {
        List<StepSpan> done = finished(rounds.getOrDefault(key(step, subjectId), List.of()));
        for (Step s : step.steps()) {
            WorkItem task = open.get(key(s, subjectId));
            if (task != null) {
                return new Cell(
                        Cell.State.OPEN,
                        holder(task),
                        task.createdAt(),
                        done.size(),
                        Duration.between(task.createdAt(), now));
            }
        }
        return done.isEmpty() ? Cell.NOT_REACHED : new Cell(Cell.State.DONE, null, null, done.size(), spent(done));
    }

    private static List<StepSpan> finished(List<StepSpan> spans) {
        return spans.stream().filter(s -> !s.open()).toList();
    }

    private Duration spent(List<StepSpan> spans) {
        return spans.stream().map(s -> s.duration(now)).reduce(Duration.ZERO, Duration::plus);
    }

    private static long subjectOf(StepSpan span) {
        return span.step().scope() == Step.Scope.SECTION ? span.sectionId() : span.reportId();
    }

    private static String key(Step step, long subjectId) {
        return step.name() + ":" + subjectId;
    }

    private static String key(MatrixStep step, long subjectId) {
        return "M" + step.name() + ":" + subjectId;
    }
}
