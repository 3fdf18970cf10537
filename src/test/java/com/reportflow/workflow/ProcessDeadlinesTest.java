package com.reportflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Both deployed processes give every user task a reminder before its due date and an escalation at it, neither of
 * which interrupts the task, and their diagrams draw every element without shapes overlapping.
 */
@SpringBootTest
@ActiveProfiles("test")
class ProcessDeadlinesTest {

    @Autowired
    RepositoryService repository;

    @ParameterizedTest
    @ValueSource(strings = {ReportWorkflow.REPORT_PROCESS, ReportWorkflow.SECTION_PROCESS})
    void every_user_task_has_a_non_interrupting_reminder_and_escalation_at_its_due_date(String processKey) {
        BpmnModel model = model(processKey);
        List<UserTask> userTasks = model.getMainProcess().findFlowElementsOfType(UserTask.class, false);
        assertThat(userTasks).isNotEmpty();
        String subject = processKey.equals(ReportWorkflow.SECTION_PROCESS) ? "sectionId" : "reportId";
        for (UserTask task : userTasks) {
            String due = unwrap(task.getDueDate());
            BoundaryEvent reminder = timer(model, task.getId() + "Reminder");
            BoundaryEvent overdue = timer(model, task.getId() + "Overdue");
            assertThat(task.getBoundaryEvents()).contains(reminder, overdue);
            assertThat(timeDate(reminder)).isEqualTo("${taskAlerts.reminderAt(" + due + ")}");
            assertThat(timeDate(overdue)).isEqualTo("${" + due + "}");
            assertThat(handler(reminder)).isEqualTo("${taskAlerts.remind('" + task.getId() + "', " + subject + ")}");
            assertThat(handler(overdue)).isEqualTo("${taskAlerts.escalate('" + task.getId() + "', " + subject + ")}");
            assertThat(Step.ofTaskKey(task.getId()).scope())
                    .isEqualTo(subject.equals("sectionId") ? Step.Scope.SECTION : Step.Scope.REPORT);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {ReportWorkflow.REPORT_PROCESS, ReportWorkflow.SECTION_PROCESS})
    void the_diagram_draws_every_element_and_flow_without_overlapping_shapes(String processKey) {
        BpmnModel model = model(processKey);
        List<FlowElement> shapes = new ArrayList<>();
        for (FlowElement element : model.getMainProcess().findFlowElementsOfType(FlowElement.class, true)) {
            if (element instanceof SequenceFlow flow) {
                assertThat(model.getFlowLocationGraphicInfo(flow.getId()))
                        .as(flow.getId())
                        .hasSizeGreaterThanOrEqualTo(2);
            } else {
                assertThat(model.getGraphicInfo(element.getId()))
                        .as(element.getId())
                        .isNotNull();
                shapes.add(element);
            }
        }
        for (int i = 0; i < shapes.size(); i++) {
            for (int j = i + 1; j < shapes.size(); j++) {
                FlowElement a = shapes.get(i);
                FlowElement b = shapes.get(j);
                if (!mayOverlap(a, b)) {
                    assertThat(overlap(model.getGraphicInfo(a.getId()), model.getGraphicInfo(b.getId())))
                            .as(a.getId() + " and " + b.getId())
                            .isFalse();
                }
            }
        }
    }

    private BpmnModel model(String processKey) {
        String definitionId = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(processKey)
                .latestVersion()
                .singleResult()
                .getId();
        return repository.getBpmnModel(definitionId);
    }

    private static BoundaryEvent timer(BpmnModel model, String id) {
        FlowElement element = model.getMainProcess().getFlowElement(id);
        assertThat(element).as(id).isInstanceOf(BoundaryEvent.class);
        BoundaryEvent event = (BoundaryEvent) element;
        assertThat(event.isCancelActivity()).as(id + " interrupts its task").isFalse();
        assertThat(event.getEventDefinitions()).singleElement().isInstanceOf(TimerEventDefinition.class);
        return event;
    }

    private static String timeDate(BoundaryEvent event) {
        return ((TimerEventDefinition) event.getEventDefinitions().getFirst()).getTimeDate();
    }

    /** The expression of the service task the timer leads to, which must end the timer's path. */
    private static String handler(BoundaryEvent event) {
        assertThat(event.getOutgoingFlows()).singleElement();
        FlowElement target = event.getOutgoingFlows().getFirst().getTargetFlowElement();
        assertThat(target).as(event.getId()).isInstanceOf(ServiceTask.class);
        ServiceTask service = (ServiceTask) target;
        assertThat(service.getOutgoingFlows()).singleElement().satisfies(flow -> assertThat(flow.getTargetFlowElement())
                .isInstanceOf(EndEvent.class));
        return service.getImplementation();
    }

    private static String unwrap(String expression) {
        assertThat(expression).startsWith("${").endsWith("}");
        return expression.substring(2, expression.length() - 1);
    }

    /** A boundary event sits on its task's edge; the elements of a sub-process inside it. */
    private static boolean mayOverlap(FlowElement a, FlowElement b) {
        return attached(a, b) || attached(b, a) || a.getParentContainer() == b || b.getParentContainer() == a;
    }

    private static boolean attached(FlowElement event, FlowElement task) {
        return event instanceof BoundaryEvent boundary
                && boundary.getAttachedToRef() != null
                && boundary.getAttachedToRef().getId().equals(task.getId());
    }

    private static boolean overlap(GraphicInfo a, GraphicInfo b) {
        return a.getX() < b.getX() + b.getWidth()
                && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight()
                && b.getY() < a.getY() + a.getHeight();
    }
}
