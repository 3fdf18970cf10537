package com.reportflow.monitoring;

import com.reportflow.shared.NotFoundException;
import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A process diagram: of a report ({@code monitoring/diagram/report/ID}) or a section
 * ({@code monitoring/diagram/section/ID}) with its finished, open and returned steps, or of a process definition
 * ({@code monitoring/diagram/process/annualReport?year=2025}) with the number of the year's instances at each
 * step. The image is produced by the access-checked service call of this navigation; a table beside it says the
 * same in text.
 */
@Route("monitoring/diagram/:kind/:id")
@RolesAllowed({"ADMIN", "COORDINATOR"})
public class DiagramView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** One step of the diagram as the table lists it. */
    record StepMark(String activityId, String name, String state, Integer returned, Integer count) {}

    final H2 title = new H2();
    final Refusal refusal = new Refusal();
    final Div image = new Div();
    final HorizontalLayout legend = new HorizontalLayout();
    final Grid<StepMark> steps = new Grid<>();
    /** The diagram last shown, for tests. */
    Diagram diagram;

    private final MonitoringDiagrams diagrams;
    private final MonitoringDashboard dashboard;

    DiagramView(MonitoringDiagrams diagrams, MonitoringDashboard dashboard) {
        this.diagrams = diagrams;
        this.dashboard = dashboard;
        addClassName("page");
        steps.addColumn(StepMark::name).setHeader(getTranslation("monitoring.diagram.step"));
        steps.addColumn(StepMark::state).setHeader(getTranslation("monitoring.diagram.state"));
        steps.addColumn(m -> m.returned() == null ? "" : m.returned().toString())
                .setHeader(getTranslation("monitoring.diagram.returned"));
        steps.addColumn(m -> m.count() == null ? "" : m.count().toString())
                .setHeader(getTranslation("monitoring.diagram.count"));
        steps.setAllRowsVisible(true);
        image.addClassName("monitoring-diagram");
        add(new Anchor("monitoring", getTranslation("monitoring.back")), title, refusal, legend, image, steps);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String kind = event.getRouteParameters().get("kind").orElse("");
        String id = event.getRouteParameters().get("id").orElse("");
        int year = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("year")
                .flatMap(DiagramView::number)
                .orElse(-1L)
                .intValue();
        diagram = null;
        boolean shown = refusal.attempt(() -> diagram = switch (kind) {
            case "report" -> diagrams.reportDiagram(number(id).orElse(-1L));
            case "section" -> diagrams.sectionDiagram(number(id).orElse(-1L));
            case "process" -> diagrams.definitionDiagram(id, year > 0 ? year : latestYear());
            default -> throw new NotFoundException();
        });
        image.removeAll();
        legend.removeAll();
        if (!shown) {
            title.setText(getTranslation("monitoring.diagram"));
            steps.setVisible(false);
            return;
        }
        title.setText(
                switch (kind) {
                    case "report" -> getTranslation("monitoring.diagram.of-report", diagram.title());
                    case "section" -> getTranslation("monitoring.diagram.of-section", diagram.title());
                    default ->
                        getTranslation(
                                "monitoring.diagram.of-definition-year",
                                getTranslation("monitoring.definition." + id),
                                diagram.title());
                });
        image.add(new Image(diagram.png(), title.getText()));
        boolean counts = "process".equals(kind);
        if (counts) {
            legend.add(key("count", getTranslation("monitoring.diagram.legend.count")));
        } else {
            legend.add(
                    key("active", getTranslation("monitoring.diagram.legend.active")),
                    key("completed", getTranslation("monitoring.diagram.legend.completed")),
                    key("returned", getTranslation("monitoring.diagram.legend.returned")));
        }
        List<StepMark> marks = new ArrayList<>();
        for (Map.Entry<String, String> step : diagram.stepNames().entrySet()) {
            String activity = step.getKey();
            String state = diagram.marks().active().contains(activity)
                    ? getTranslation("monitoring.diagram.legend.active")
                    : diagram.marks().completed().contains(activity)
                            ? getTranslation("monitoring.diagram.legend.completed")
                            : "";
            marks.add(new StepMark(
                    activity,
                    getTranslation("monitoring.activity." + activity),
                    counts ? "" : state,
                    diagram.marks().returned().get(activity),
                    counts ? diagram.counts().getOrDefault(activity, 0) : null));
        }
        steps.setItems(marks);
        steps.setVisible(true);
    }

    /** Without a year in the address: the latest year that has reports. */
    private int latestYear() {
        return dashboard.years().stream().findFirst().orElseThrow(NotFoundException::new);
    }

    @Override
    public String getPageTitle() {
        return title.getText();
    }

    private static Span key(String kind, String text) {
        Span key = new Span(text);
        key.addClassNames("diagram-key", "diagram-key-" + kind);
        return key;
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
