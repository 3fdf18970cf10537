package com.reportflow.monitoring;

import com.reportflow.workflow.DiagramMarks;
import java.util.Map;

/**
 * A process diagram as a PNG with what it marks: the subject's finished, open and returned steps, or the number of
 * instances at each step; {@code stepNames} names the steps by activity id for the legend and the table beside it.
 */
public record Diagram(
        String title, byte[] png, DiagramMarks marks, Map<String, Integer> counts, Map<String, String> stepNames) {}
