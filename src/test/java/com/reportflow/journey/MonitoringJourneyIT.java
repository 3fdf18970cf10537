package com.reportflow.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.reportflow.TestUsers.as;

import com.microsoft.playwright.Page;
import com.reportflow.ReportSteps;
import com.reportflow.review.ReviewService;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/** The monitoring dashboard in a real browser: Chart.js loads from its WebJar and draws; a diagram image loads. */
// A database of its own: the reports this journey leaves in drafting must not reach the other journeys' inboxes.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:monitoring-journey;DB_CLOSE_DELAY=-1")
class MonitoringJourneyIT extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    @Autowired
    ReviewService review;

    @Test
    void the_admin_sees_the_charts_drawn_and_a_sections_diagram() {
        ReportSteps steps = new ReportSteps(context);
        long reportId = steps.drafting(false);
        List<Long> ids = steps.sectionIds(reportId);
        steps.submit("author", ids.getFirst(), "初稿");
        as("advisor", () -> review.returnWithOpinion(ids.getFirst(), "请补充。"));
        steps.submit("author", ids.getFirst(), "修改稿");
        as("advisor", () -> review.approve(ids.getFirst()));

        Page page = browser.newPage();
        page.navigate(url("/login"));
        page.locator("vaadin-login-form input[name=username]").fill("admin");
        page.locator("vaadin-login-form input[name=password]").fill("reportflow");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
        // Chart.js is served from its WebJar to a signed-in browser.
        var script = page.request().get(url("/webjars/chart.js/4.4.1/dist/chart.umd.js"));
        org.assertj.core.api.Assertions.assertThat(script.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(script.text()).contains("Chart");
        page.navigate(url("/monitoring"));
        // Three charts with data: Chart.js loaded from the WebJar and attached one chart to each canvas.
        page.waitForFunction("() => window.Chart && document.querySelectorAll('canvas').length === 3"
                + " && [...document.querySelectorAll('canvas')].every(c => window.Chart.getChart(c))");
        assertThat(page.getByText("各环节用时（按科室，天）")).isVisible();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/journey/monitoring-dashboard.png"))
                .setFullPage(true));

        page.navigate(url("/monitoring/diagram/section/" + ids.get(1)));
        page.waitForFunction("() => { const i = document.querySelector('img');"
                + " return i && i.complete && i.naturalWidth > 300; }");
        assertThat(page.getByText("章节流程图")).isVisible();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/journey/monitoring-diagram.png"))
                .setFullPage(true));
    }
}
