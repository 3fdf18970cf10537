package com.reportflow.monitoring;

import com.reportflow.directory.Office;
import com.reportflow.directory.Role;
import com.reportflow.report.DeadlinesPanel;
import com.reportflow.shared.UserFacingException;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.Formats;
import com.reportflow.shared.ui.Refusal;
import com.reportflow.workflow.Step;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 监控: the year's reports with stage, progress and legal deadlines; the matrix of every section against every step
 * (who holds it, since when), overdue and at-risk items first, narrowed by office, step and holder; the year's
 * figures as charts; links to the steering pages and to the process diagrams.
 */
@Route("monitoring")
@RolesAllowed({"ADMIN", "COORDINATOR"})
public class MonitoringView extends VerticalLayout implements HasDynamicTitle {

    /** Sections with the most returns the chart shows; the table beside it lists them all. */
    static final int RETURNS_CHART_LIMIT = 20;

    final Refusal refusal = new Refusal();
    final Select<Integer> year = new Select<>();
    final Grid<ReportRow> reports = new Grid<>();
    final ComboBox<Office> office = new ComboBox<>();
    final Select<MatrixStep> step = new Select<>();
    final TextField holder = new TextField();
    final Span filterRefusal = new Span();
    final Grid<SectionRow> sections = new Grid<>();
    final Anchor reportDiagram = new Anchor();
    final Anchor sectionDiagram = new Anchor();
    final ChartPanel<Figures.StepTime> stepTimes;
    final ChartPanel<Figures.SectionReturns> returns;
    final ChartPanel<Figures.WeekCount> throughput;

    private final MonitoringService monitoring;

    MonitoringView(MonitoringService monitoring) {
        this.monitoring = monitoring;
        addClassName("page");
        stepTimes = new ChartPanel<>(getTranslation("monitoring.chart.step-times"));
        returns = new ChartPanel<>(getTranslation("monitoring.chart.returns"));
        throughput = new ChartPanel<>(getTranslation("monitoring.chart.throughput"));

        year.setLabel(getTranslation("monitoring.year"));
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                load();
            }
        });
        buildReports();
        buildFilters();
        buildSections();
        buildCharts();

        reportDiagram.setText(getTranslation(
                "monitoring.diagram.of-definition", getTranslation("monitoring.definition.annualReport")));
        sectionDiagram.setText(getTranslation(
                "monitoring.diagram.of-definition", getTranslation("monitoring.definition.reportSection")));
        HorizontalLayout filters = new HorizontalLayout(office, step, holder);
        filters.setAlignItems(Alignment.BASELINE);
        filterRefusal.addClassName("refusal");
        filterRefusal.setVisible(false);
        add(
                new H2(getTranslation("menu.monitoring")),
                refusal,
                new HorizontalLayout(year, reportDiagram, sectionDiagram),
                reports,
                new H3(getTranslation("monitoring.matrix")),
                new Span(getTranslation("monitoring.risk.explained")),
                filters,
                filterRefusal,
                sections,
                stepTimes,
                returns,
                throughput);
        if (refusal.attempt(() -> {
            List<Integer> years = monitoring.years();
            office.setItems(monitoring.offices());
            year.setItems(years);
            if (!years.isEmpty()) {
                year.setValue(years.getFirst());
            }
        })) {
            return;
        }
        for (Component c : List.of(year, reports, office, step, holder, sections, stepTimes, returns, throughput)) {
            c.setVisible(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.monitoring");
    }

    private void buildReports() {
        // Deadlines and numbered headings are long Chinese runs: they wrap rather than being clipped.
        reports.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        sections.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        reports.addComponentColumn(r -> link(
                        r.summary().title(), "steering/reports/" + r.summary().id()))
                .setKey("report")
                .setHeader(getTranslation("monitoring.report"))
                .setWidth("16em")
                .setFlexGrow(3);
        reports.addColumn(r -> getTranslation("stage." + r.summary().stage().name()))
                .setHeader(getTranslation("monitoring.stage"))
                .setAutoWidth(true);
        reports.addColumn(r ->
                        r.summary().sectionsApproved() + " / " + r.summary().sectionsTotal())
                .setHeader(getTranslation("monitoring.progress"))
                .setAutoWidth(true);
        reports.addComponentColumn(r -> {
                    DeadlinesPanel panel = new DeadlinesPanel();
                    panel.show(r.summary().stage(), r.deadlines());
                    return panel;
                })
                .setKey("deadlines")
                .setHeader(getTranslation("monitoring.deadlines"))
                .setWidth("18em")
                .setFlexGrow(3);
        reports.addColumn(r -> stepName(r.step()))
                .setHeader(getTranslation("monitoring.step"))
                .setAutoWidth(true);
        reports.addColumn(r -> holderName(r.holder()))
                .setHeader(getTranslation("monitoring.holder"))
                .setAutoWidth(true);
        reports.addColumn(r -> Formats.dateTime(r.since()))
                .setHeader(getTranslation("monitoring.since"))
                .setAutoWidth(true);
        reports.addComponentColumn(r -> risk(r.risk()))
                .setKey("risk")
                .setHeader(getTranslation("monitoring.risk"))
                .setAutoWidth(true);
        reports.addComponentColumn(r -> link(
                        getTranslation("monitoring.diagram"),
                        "monitoring/diagram/report/" + r.summary().id()))
                .setKey("diagram")
                .setAutoWidth(true);
        reports.setAllRowsVisible(true);
        reports.setEmptyStateText(getTranslation("monitoring.no-reports"));
    }

    private void buildFilters() {
        office.setLabel(getTranslation("monitoring.office"));
        office.setItemLabelGenerator(Office::getName);
        office.setClearButtonVisible(true);
        office.addValueChangeListener(e -> showDashboard());
        step.setLabel(getTranslation("monitoring.step"));
        step.setEmptySelectionAllowed(true);
        step.setEmptySelectionCaption(getTranslation("monitoring.all-steps"));
        step.setItems(MatrixStep.values());
        step.setItemLabelGenerator(
                s -> s == null ? getTranslation("monitoring.all-steps") : getTranslation(s.translationKey()));
        step.addValueChangeListener(e -> showDashboard());
        holder.setLabel(getTranslation("monitoring.holder"));
        holder.setPlaceholder(getTranslation("monitoring.filter"));
        holder.setPrefixComponent(VaadinIcon.SEARCH.create());
        holder.setClearButtonVisible(true);
        holder.setValueChangeMode(ValueChangeMode.LAZY);
        holder.addValueChangeListener(e -> showDashboard());
    }

    private void buildSections() {
        sections.addComponentColumn(s -> risk(s.risk()))
                .setKey("risk")
                .setHeader(getTranslation("monitoring.risk"))
                .setAutoWidth(true);
        sections.addComponentColumn(s -> link(s.numberedHeading(), "steering/sections/" + s.sectionId()))
                .setKey("section")
                .setHeader(getTranslation("monitoring.section"))
                .setFlexGrow(3);
        sections.addColumn(SectionRow::reportTitle)
                .setHeader(getTranslation("monitoring.report"))
                .setFlexGrow(2);
        sections.addColumn(SectionRow::officeName)
                .setHeader(getTranslation("monitoring.office"))
                .setAutoWidth(true);
        for (MatrixStep column : MatrixStep.values()) {
            sections.addColumn(s -> cellText(s.cell(column)))
                    .setHeader(getTranslation(column.translationKey()))
                    .setAutoWidth(true);
        }
        sections.addColumn(SectionRow::returns)
                .setHeader(getTranslation("monitoring.returns"))
                .setAutoWidth(true);
        sections.addComponentColumn(
                        s -> link(getTranslation("monitoring.diagram"), "monitoring/diagram/section/" + s.sectionId()))
                .setKey("diagram")
                .setAutoWidth(true);
        sections.setEmptyStateText(getTranslation("monitoring.no-sections"));
        sections.setHeight("32em");
    }

    private void buildCharts() {
        stepTimes
                .table
                .addColumn(t -> getTranslation(t.step().translationKey()))
                .setHeader(getTranslation("monitoring.step"));
        stepTimes.table.addColumn(this::officeLabel).setHeader(getTranslation("monitoring.office"));
        stepTimes.table.addColumn(Figures.StepTime::rounds).setHeader(getTranslation("monitoring.rounds"));
        stepTimes.table.addColumn(t -> days(t.median())).setHeader(getTranslation("monitoring.median-days"));
        stepTimes.table.addColumn(t -> days(t.worst())).setHeader(getTranslation("monitoring.worst-days"));
        returns.table
                .addColumn(Figures.SectionReturns::numberedHeading)
                .setHeader(getTranslation("monitoring.section"));
        returns.table.addColumn(Figures.SectionReturns::officeName).setHeader(getTranslation("monitoring.office"));
        returns.table.addColumn(Figures.SectionReturns::returns).setHeader(getTranslation("monitoring.returns"));
        throughput.table.addColumn(Figures.WeekCount::week).setHeader(getTranslation("monitoring.week"));
        throughput.table.addColumn(Figures.WeekCount::approved).setHeader(getTranslation("monitoring.approved"));
    }

    private void load() {
        int chosen = year.getValue();
        reportDiagram.setHref("monitoring/diagram/process/annualReport?year=" + chosen);
        sectionDiagram.setHref("monitoring/diagram/process/reportSection?year=" + chosen);
        showDashboard();
        refusal.attempt(() -> showFigures(monitoring.figures(chosen)));
    }

    /** Reads the year's dashboard narrowed by the filters; a refused filter is said beside the filters. */
    private void showDashboard() {
        if (year.getValue() == null) {
            return;
        }
        try {
            Dashboard dashboard = monitoring.dashboard(
                    year.getValue(),
                    new DashboardFilter(
                            office.getValue() == null ? null : office.getValue().getId(),
                            step.getValue(),
                            holder.getValue(),
                            rolesNamed(holder.getValue())));
            reports.setItems(dashboard.reports());
            sections.setItems(dashboard.sections());
            filterRefusal.setVisible(false);
        } catch (UserFacingException e) {
            filterRefusal.setText(Errors.message(this, e));
            filterRefusal.setVisible(true);
            sections.setItems(List.of());
        }
    }

    private void showFigures(Figures figures) {
        List<String> labels = new ArrayList<>();
        List<Double> medians = new ArrayList<>();
        List<Double> worst = new ArrayList<>();
        for (Figures.StepTime t : figures.stepTimes()) {
            labels.add(getTranslation(t.step().translationKey()) + " · " + officeLabel(t));
            medians.add(days(t.median()));
            worst.add(days(t.worst()));
        }
        stepTimes.show(
                figures.stepTimes(),
                bar(
                        labels,
                        List.of(
                                dataset(getTranslation("monitoring.median-days"), medians, "#1565c0"),
                                dataset(getTranslation("monitoring.worst-days"), worst, "#ef6c00")),
                        true));
        List<Figures.SectionReturns> top =
                figures.returns().stream().limit(RETURNS_CHART_LIMIT).toList();
        returns.show(
                figures.returns(),
                bar(
                        top.stream()
                                .map(Figures.SectionReturns::numberedHeading)
                                .toList(),
                        List.of(dataset(
                                getTranslation("monitoring.returns"),
                                top.stream()
                                        .map(Figures.SectionReturns::returns)
                                        .toList(),
                                "#ef6c00")),
                        true));
        throughput.show(
                figures.approvalsPerWeek(),
                bar(
                        figures.approvalsPerWeek().stream()
                                .map(Figures.WeekCount::week)
                                .toList(),
                        List.of(dataset(
                                getTranslation("monitoring.approved"),
                                figures.approvalsPerWeek().stream()
                                        .map(Figures.WeekCount::approved)
                                        .toList(),
                                "#2e7d32")),
                        false));
    }

    private static Map<String, Object> bar(
            List<String> labels, List<Map<String, Object>> datasets, boolean horizontal) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("responsive", true);
        options.put("animation", false);
        if (horizontal) {
            options.put("indexAxis", "y");
        }
        return Map.of("type", "bar", "data", Map.of("labels", labels, "datasets", datasets), "options", options);
    }

    private static Map<String, Object> dataset(String label, List<? extends Number> data, String color) {
        return Map.of("label", label, "data", data, "backgroundColor", color);
    }

    private String officeLabel(Figures.StepTime t) {
        return t.officeName() == null ? getTranslation("monitoring.report-level") : t.officeName();
    }

    static double days(Duration duration) {
        return Math.round(duration.toMinutes() / 144.0) / 10.0;
    }

    private String cellText(Cell cell) {
        return switch (cell.state()) {
            case NOT_REACHED -> "";
            case DONE -> getTranslation("monitoring.cell.done", cell.rounds(), days(cell.spent()));
            case OPEN ->
                getTranslation(
                        "monitoring.cell.open",
                        holderName(cell.holder()),
                        Formats.dateTime(cell.since()),
                        days(cell.spent()));
        };
    }

    private Component risk(Risk risk) {
        Span badge = new Span(
                risk.level() == Risk.Level.ON_TRACK
                        ? getTranslation("monitoring.on-track")
                        : getTranslation(risk.translationKey(), risk.days()));
        badge.getElement().getThemeList().add("badge");
        switch (risk.level()) {
            case BLOCKED -> {
                badge.getElement().getThemeList().add("error");
                badge.getElement().getThemeList().add("primary");
                badge.addClassName("blocked");
            }
            case OVERDUE -> {
                badge.getElement().getThemeList().add("error");
                badge.addClassName("overdue");
            }
            case AT_RISK -> badge.getElement().getThemeList().add("warning");
            case ON_TRACK -> badge.getElement().getThemeList().add("success");
        }
        return badge;
    }

    private static Anchor link(String text, String href) {
        return new Anchor(href, text);
    }

    private String stepName(Step s) {
        return s == null ? "" : getTranslation("step." + s.taskKey());
    }

    /** The service names a role group by the role's name; show it in the person's language. */
    private String holderName(String name) {
        if (name == null) {
            return "";
        }
        return Arrays.stream(name.split("、")).map(this::roleOrName).collect(Collectors.joining("、"));
    }

    /** The roles whose name in the reader's language contains the text, for the holder filter. */
    private Set<Role> rolesNamed(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        String wanted = text.strip();
        return Arrays.stream(Role.values())
                .filter(role -> getTranslation("monitoring.role." + role.name()).contains(wanted))
                .collect(Collectors.toSet());
    }

    private String roleOrName(String name) {
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return getTranslation("monitoring.role." + role.name());
            }
        }
        return name;
    }
}
