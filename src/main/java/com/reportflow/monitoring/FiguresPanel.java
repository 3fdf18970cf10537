package com.reportflow.monitoring;

import static com.reportflow.monitoring.MonitoringTexts.days;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The year's figures as bar charts, each with a table of the same rows: step times, returns, approvals per week. */
final class FiguresPanel extends VerticalLayout {

    /** Sections with the most returns the chart shows; the table beside it lists them all. */
    static final int RETURNS_CHART_LIMIT = 20;

    final ChartPanel<Figures.StepTime> stepTimes;
    final ChartPanel<Figures.SectionReturns> returns;
    final ChartPanel<Figures.WeekCount> throughput;

    FiguresPanel() {
        setPadding(false);
        stepTimes = new ChartPanel<>(getTranslation("monitoring.chart.step-times"));
        returns = new ChartPanel<>(getTranslation("monitoring.chart.returns"));
        throughput = new ChartPanel<>(getTranslation("monitoring.chart.throughput"));
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
        add(stepTimes, returns, throughput);
    }

    void show(Figures figures) {
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
}
