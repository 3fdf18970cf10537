package com.reportflow.monitoring;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * One figure: a Chart.js chart drawn in the browser from data computed on the server, and the same data as a table
 * for screen readers and for when the script cannot load. Chart.js comes from its WebJar at run time (no frontend
 * build); the data travels as one JSON string argument, so no text of ours is ever spliced into script.
 */
final class ChartPanel<T> extends Div {

    static final String CHART_JS = "webjars/chart.js/4.4.1/dist/chart.umd.js";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String DRAW = """
            const canvas = this;
            const config = JSON.parse($0);
            const draw = () => {
              if (canvas.$chart) { canvas.$chart.destroy(); }
              canvas.$chart = new window.Chart(canvas, config);
            };
            if (window.Chart) { draw(); return; }
            let script = document.getElementById('reportflow-chartjs');
            if (!script) {
              script = document.createElement('script');
              script.id = 'reportflow-chartjs';
              script.src = $1;
              document.head.appendChild(script);
            }
            script.addEventListener('load', draw);
            """;

    final Div canvas = new Div();
    final Span empty = new Span();
    final Grid<T> table = new Grid<>();
    /** The last configuration sent to the browser, as JSON. */
    String config = "";

    ChartPanel(String title) {
        addClassName("monitoring-chart");
        canvas.getElement().setAttribute("role", "img");
        canvas.getElement().setAttribute("aria-label", title);
        table.setAllRowsVisible(true);
        Details data = new Details(getTranslation("monitoring.chart.table"), table);
        add(new H3(title), empty, canvas, data);
    }

    /** Draws the chart anew with the given Chart.js configuration and shows the rows in the table. */
    void show(List<T> rows, Map<String, Object> chartConfig) {
        table.setItems(rows);
        boolean hasData = !rows.isEmpty();
        empty.setText(hasData ? "" : getTranslation("monitoring.chart.empty"));
        empty.setVisible(!hasData);
        canvas.setVisible(hasData);
        config = JSON.writeValueAsString(chartConfig);
        canvas.removeAll();
        if (hasData) {
            Element element = new Element("canvas");
            canvas.getElement().appendChild(element);
            element.executeJs(DRAW, config, CHART_JS);
        }
    }
}
