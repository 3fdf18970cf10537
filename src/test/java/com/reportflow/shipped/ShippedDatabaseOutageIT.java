package com.reportflow.shipped;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.reportflow.journey.BrowserSupport;
import com.reportflow.journey.CuttableProxy;
import com.reportflow.journey.JourneySteps;
import com.reportflow.journey.OutageSteps;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database stops while an author drafts, on the artifact we ship: the production jar started as an operator
 * starts it (mysql profile, demo bureau), reaching MariaDB through a relay the test cuts and restores. The author is
 * told within seconds that nothing was saved and keeps the text; a navigation shows the localized error page; once
 * the database is back the same page saves, without a restart. Times are printed (measured, not asserted beyond the
 * promised five seconds for the save).
 */
class ShippedDatabaseOutageIT {

    private static final String NAME = "outage";
    private static final String OFFICE = "基础教育科";

    static CuttableProxy proxy;
    static ShippedApp app;
    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        URI server = ShippedApp.databaseServer();
        proxy = new CuttableProxy(server.getHost(), server.getPort());
        app = ShippedApp.start(
                NAME,
                Map.of(
                        "SPRING_DATASOURCE_URL",
                        ShippedApp.schemaUrlThrough(NAME, proxy.port()),
                        "REPORTFLOW_DEMO_DATA",
                        "true"));
        playwright = BrowserSupport.create();
        browser = BrowserSupport.launch(playwright);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void on_the_jar_a_save_during_an_outage_says_so_within_seconds_keeps_the_text_and_saves_once_it_is_back()
            throws IOException {
        JourneySteps steps = new JourneySteps(app::url, ShippedApp.LOGS.resolve("shots"));
        Page coordinator = signIn("coordinator");
        coordinator
                .locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("新建报告"))
                .click();
        coordinator.locator("vaadin-details vaadin-combo-box input").first().fill(OFFICE);
        coordinator
                .locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(OFFICE))
                .click();
        JourneySteps.button(coordinator, "应用到全部章节").click();
        JourneySteps.button(coordinator, "创建并启动").click();
        assertThat(coordinator.getByText("一、主要举措和成效").first()).isVisible();
        coordinator.context().close();

        Page page = signIn("author");
        steps.openFirstInboxRow(page, "起草章节");
        // The address changes after the screen is built: wait for it, so the page reloaded later is this one.
        page.waitForURL(Pattern.compile(".*/sections/\\d+/draft$"));
        String draftPath = URI.create(page.url()).getPath();
        OutageSteps.saveThroughAnOutage(page, draftPath, proxy, app::url, "shipped outage");
        page.context().close();
    }

    private static Page signIn(String username) {
        Page page = browser.newContext().newPage();
        page.navigate(app.url("/login"));
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill("reportflow");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        assertThat(page.locator("vaadin-side-nav-item").first())
                .containsText("待办", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        return page;
    }
}
