package com.reportflow.workflow;

import java.util.Map;
import java.util.Set;

/**
 * What a diagram marks on the steps (BPMN activity ids) of one process: the steps finished at least once, the
 * steps open now, and how often each check returned its subject. A section returned once shows its review both
 * finished and returned once, and drafting open again.
 */
public record DiagramMarks(
        ProcessDiagrams.Definition definition,
        Set<String> completed,
        Set<String> active,
        Map<String, Integer> returned) {

    public DiagramMarks {
        completed = Set.copyOf(completed);
        active = Set.copyOf(active);
        returned = Map.copyOf(returned);
    }
}
