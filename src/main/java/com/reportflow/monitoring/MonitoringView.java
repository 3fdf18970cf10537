package com.reportflow.monitoring;

import com.reportflow.shared.UserFacingException;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * 监控: the year's reports with stage, progress and legal deadlines; the matrix of every section against every step
 * (who holds it, since when), overdue and at-risk items first, narrowed by office, step and holder; the year's
 * figures as charts; links to the steering pages and to the process diagrams.
 */
@Menu(title = "menu.monitoring", order = 8, icon = "vaadin:dashboard")
@Route("monitoring")
@RolesAllowed({"ADMIN", "COORDINATOR"})
public class MonitoringView extends VerticalLayout implements HasDynamicTitle {

    final Refusal refusal = new Refusal();
    final Select<Integer> year = new Select<>();
    final ReportTable reports = new ReportTable();
    final SectionMatrix matrix = new SectionMatrix(this::showDashboard);
    final FiguresPanel charts = new FiguresPanel();
    final Anchor reportDiagram = new Anchor();
    final Anchor sectionDiagram = new Anchor();

    private final MonitoringDashboard dashboard;
    private final MonitoringFigures figures;

    MonitoringView(MonitoringDashboard dashboard, MonitoringFigures figures) {
        this.dashboard = dashboard;
        this.figures = figures;
        addClassName("page");
        year.setLabel(getTranslation("monitoring.year"));
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                load();
            }
        });
        reportDiagram.setText(getTranslation(
                "monitoring.diagram.of-definition", getTranslation("monitoring.definition.annualReport")));
        sectionDiagram.setText(getTranslation(
                "monitoring.diagram.of-definition", getTranslation("monitoring.definition.reportSection")));
        add(
                new H2(getTranslation("menu.monitoring")),
                refusal,
                new HorizontalLayout(year, reportDiagram, sectionDiagram),
                reports,
                matrix,
                charts);
        if (refusal.attempt(() -> {
            List<Integer> years = dashboard.years();
            matrix.setOffices(dashboard.offices());
            year.setItems(years);
            if (!years.isEmpty()) {
                year.setValue(years.getFirst());
            }
        })) {
            return;
        }
        for (Component c : List.of(
                year,
                reports,
                matrix.office,
                matrix.step,
                matrix.holder,
                matrix.sections,
                charts.stepTimes,
                charts.returns,
                charts.throughput)) {
            c.setVisible(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.monitoring");
    }

    private void load() {
        int chosen = year.getValue();
        reportDiagram.setHref("monitoring/diagram/process/annualReport?year=" + chosen);
        sectionDiagram.setHref("monitoring/diagram/process/reportSection?year=" + chosen);
        showDashboard();
        refusal.attempt(() -> charts.show(figures.figures(chosen)));
    }

    /** Reads the year's dashboard narrowed by the filters; a refused filter is said beside the filters. */
    private void showDashboard() {
        if (year.getValue() == null) {
            return;
        }
        try {
            Dashboard read = dashboard.dashboard(year.getValue(), matrix.filter());
            reports.setItems(read.reports());
            matrix.show(read.sections());
        } catch (UserFacingException e) {
            matrix.refuse(Errors.message(this, e));
        }
    }
}
