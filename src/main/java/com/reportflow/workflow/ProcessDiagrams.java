package com.reportflow.workflow;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.flowable.bpmn.model.Artifact;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.Lane;
import org.flowable.bpmn.model.Pool;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.SubProcess;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.image.impl.DefaultProcessDiagramGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Process diagrams drawn by Flowable's own generator from the deployed BPMN, with the open steps in the generator's
 * highlight. Finished steps, returns and counts are overlays placed from the model's own coordinates
 * (GraphicInfo), shifted by the margin the generator crops; the diagram itself is never drawn by hand.
 */
@Component
public class ProcessDiagrams {

    /** The two deployed processes a diagram can show. */
    public enum Definition {
        REPORT(ReportWorkflow.REPORT_PROCESS),
        SECTION(ReportWorkflow.SECTION_PROCESS);

        private final String key;

        Definition(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Definition> ofKey(String key) {
            return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst();
        }
    }

    /** The flows that send a subject back, by the step that decided the return. */
    static final Map<String, String> RETURN_FLOWS = Map.of(
            "reviewReturned", Step.LEGALITY_REVIEW.taskKey(),
            "officeReturned", Step.OFFICE_CHECK.taskKey(),
            "deliberationReturned", Step.DELIBERATE_REPORT.taskKey());

    /** The activities a person waits at: the user tasks and the calls of the section process. */
    private static final Set<String> STEP_TYPES = Set.of("userTask", "callActivity");

    static final Color COMPLETED = new Color(0x2e7d32);
    static final Color RETURNED = new Color(0xef6c00);
    static final Color COUNT = new Color(0x1565c0);

    private static final Logger log = LoggerFactory.getLogger(ProcessDiagrams.class);

    private final RepositoryService repository;
    private final HistoryService history;
    private final String fontName;

    ProcessDiagrams(
            RepositoryService repository,
            HistoryService history,
            @Value("${reportflow.monitoring.diagram-font:WenQuanYi Zen Hei}") String fontName) {
        this.repository = repository;
        this.history = history;
        this.fontName = available(fontName);
    }

    /** The marks of a report's own process; empty when the report never started one. */
    @Transactional(readOnly = true)
    public Optional<DiagramMarks> ofReport(long reportId) {
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ReportWorkflow.REPORT_PROCESS)
                .processInstanceBusinessKey("report-" + reportId)
                .list();
        return marks(Definition.REPORT, instances);
    }

    /**
     * The marks of every round of a section's process taken together (a section sent back by the leadership group
     * runs the process again); empty when the section never started one.
     */
    @Transactional(readOnly = true)
    public Optional<DiagramMarks> ofSection(long sectionId) {
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ReportWorkflow.SECTION_PROCESS)
                .variableValueEquals(ReportWorkflow.SECTION_ID, sectionId)
                .list();
        return marks(Definition.SECTION, instances);
    }

    /**
     * How many process instances of the given reports stand at each step of the definition now, by activity id.
     * One query of the unfinished activities of the definition; the reports are matched in memory.
     */
    @Transactional(readOnly = true)
    public Map<String, Integer> instancesAtSteps(Definition definition, Collection<Long> reportIds) {
        Set<String> instances = new HashSet<>();
        Set<Long> wanted = new HashSet<>(reportIds);
        for (HistoricProcessInstance report : history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ReportWorkflow.REPORT_PROCESS)
                .unfinished()
                .list()) {
            Long reportId = StepHistory.reportIdOf(report.getBusinessKey());
            if (reportId != null && wanted.contains(reportId)) {
                instances.add(report.getId());
            }
        }
        if (definition == Definition.SECTION) {
            Set<String> sections = new HashSet<>();
            for (HistoricProcessInstance section : history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(ReportWorkflow.SECTION_PROCESS)
                    .unfinished()
                    .list()) {
                if (instances.contains(section.getSuperProcessInstanceId())) {
                    sections.add(section.getId());
                }
            }
            instances = sections;
        }
        if (instances.isEmpty()) {
            return Map.of();
        }
        Map<String, Set<String>> byActivity = new HashMap<>();
        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                .processInstanceIds(instances)
                .unfinished()
                .list()) {
            if (STEP_TYPES.contains(activity.getActivityType())) {
                byActivity
                        .computeIfAbsent(activity.getActivityId(), k -> new HashSet<>())
                        .add(activity.getProcessInstanceId());
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        byActivity.forEach((activity, at) -> counts.put(activity, at.size()));
        return counts;
    }

    /** The step names of the latest deployed definition, by activity id, in the order of the model. */
    @Transactional(readOnly = true)
    public Map<String, String> stepNames(Definition definition) {
        Map<String, String> names = new LinkedHashMap<>();
        for (FlowNode node : model(definition).getMainProcess().findFlowElementsOfType(FlowNode.class)) {
            if (node instanceof org.flowable.bpmn.model.UserTask
                    || node instanceof org.flowable.bpmn.model.CallActivity) {
                names.put(node.getId(), node.getName());
            }
        }
        return names;
    }

    /**
     * The latest deployed definition as a PNG: open steps in the generator's highlight, finished steps framed,
     * each return and each count as a numbered badge on its step.
     */
    @Transactional(readOnly = true)
    public byte[] png(Definition definition, DiagramMarks marks, Map<String, Integer> counts) {
        BpmnModel model = model(definition);
        BufferedImage image = new DefaultProcessDiagramGenerator()
                .generateImage(
                        model,
                        "png",
                        new ArrayList<>(marks.active()),
                        List.of(),
                        fontName,
                        fontName,
                        fontName,
                        null,
                        1.0,
                        true);
        Origin origin = Origin.of(model);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
            for (String activity : marks.completed()) {
                frame(g, model.getGraphicInfo(activity), origin);
            }
            marks.returned()
                    .forEach((activity, times) ->
                            badge(g, model.getGraphicInfo(activity), origin, times, RETURNED, true));
            counts.forEach((activity, count) -> badge(g, model.getGraphicInfo(activity), origin, count, COUNT, false));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** Where the generator's cropped image starts in model coordinates (see {@link Origin}). */
    Origin origin(Definition definition) {
        return Origin.of(model(definition));
    }

    /** The model's coordinates of an activity, for tests and overlays. */
    GraphicInfo graphicInfo(Definition definition, String activityId) {
        return model(definition).getGraphicInfo(activityId);
    }

    private Optional<DiagramMarks> marks(Definition definition, List<HistoricProcessInstance> instances) {
        if (instances.isEmpty()) {
            return Optional.empty();
        }
        Set<String> completed = new HashSet<>();
        Set<String> active = new HashSet<>();
        Map<String, Integer> returned = new HashMap<>();
        for (HistoricProcessInstance instance : instances) {
            for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId())
                    .list()) {
                String id = activity.getActivityId();
                if (STEP_TYPES.contains(activity.getActivityType())) {
                    (activity.getEndTime() == null ? active : completed).add(id);
                } else if (RETURN_FLOWS.containsKey(id)) {
                    returned.merge(RETURN_FLOWS.get(id), 1, Integer::sum);
                }
            }
        }
        return Optional.of(new DiagramMarks(definition, completed, active, returned));
    }

    private BpmnModel model(Definition definition) {
        ProcessDefinition latest = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(definition.key())
                .latestVersion()
                .singleResult();
        return repository.getBpmnModel(latest.getId());
    }

    private static void frame(Graphics2D g, GraphicInfo box, Origin origin) {
        if (box == null) {
            return;
        }
        g.setColor(COMPLETED);
        g.setStroke(new BasicStroke(3f));
        g.draw(new RoundRectangle2D.Double(
                box.getX() - origin.x() - 3,
                box.getY() - origin.y() - 3,
                box.getWidth() + 6,
                box.getHeight() + 6,
                16,
                16));
    }

    /** A filled circle with a number: at the step's top right for returns, top left for counts. */
    private static void badge(Graphics2D g, GraphicInfo box, Origin origin, int number, Color color, boolean right) {
        if (box == null) {
            return;
        }
        int size = 20;
        double x = (right ? box.getX() + box.getWidth() - size / 2.0 : box.getX() - size / 2.0) - origin.x();
        double y = box.getY() - size / 2.0 - origin.y();
        g.setColor(color);
        g.fill(new Ellipse2D.Double(x, y, size, size));
        g.setColor(Color.WHITE);
        String text = Integer.toString(number);
        int width = g.getFontMetrics().stringWidth(text);
        g.drawString(text, (float) (x + (size - width) / 2.0), (float) (y + size / 2.0 + 4));
    }

    private static String available(String wanted) {
        for (String family : GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()) {
            if (family.equalsIgnoreCase(wanted)) {
                return family;
            }
        }
        log.warn(
                "Font '{}' is not installed: diagram labels in Chinese will not show (apt-get install"
                        + " fonts-wqy-zenhei)",
                wanted);
        return Font.SANS_SERIF;
    }

    /**
     * The generator draws on a canvas in model coordinates and crops it at the smallest x and y any shape, flow
     * point, pool or lane reaches, kept at least 5 from the edge, minus a margin of 5 (DefaultProcessDiagramCanvas
     * #generateBufferedImage). Overlays use the same shift.
     */
    record Origin(int x, int y) {

        static Origin of(BpmnModel model) {
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            List<GraphicInfo> infos = new ArrayList<>();
            for (Pool pool : model.getPools()) {
                add(infos, model.getGraphicInfo(pool.getId()));
            }
            for (Process process : model.getProcesses()) {
                for (FlowNode node : process.findFlowElementsOfType(FlowNode.class)) {
                    add(infos, model.getGraphicInfo(node.getId()));
                    for (SequenceFlow flow : node.getOutgoingFlows()) {
                        List<GraphicInfo> points = model.getFlowLocationGraphicInfo(flow.getId());
                        if (points != null) {
                            points.forEach(p -> add(infos, p));
                        }
                    }
                }
                for (Artifact artifact : process.getArtifacts()) {
                    add(infos, model.getGraphicInfo(artifact.getId()));
                }
                for (Lane lane : process.getLanes()) {
                    add(infos, model.getGraphicInfo(lane.getId()));
                }
                for (SubProcess sub : process.findFlowElementsOfType(SubProcess.class)) {
                    add(infos, model.getGraphicInfo(sub.getId()));
                }
            }
            for (GraphicInfo info : infos) {
                minX = Math.min(minX, info.getX());
                minY = Math.min(minY, info.getY());
            }
            return new Origin(Math.max((int) minX, 5) - 5, Math.max((int) minY, 5) - 5);
        }

        private static void add(List<GraphicInfo> infos, GraphicInfo info) {
            if (info != null) {
                infos.add(info);
            }
        }
    }
}
