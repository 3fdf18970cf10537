package com.reportflow.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.reportflow.ReportSteps;
import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database stops while an author is drafting: the app, in-process on the real database, reaches it through a
 * relay the test cuts and restores. The person must be told within seconds, keep their text and get it saved once
 * the database is back, without a restart. The times are printed, not asserted beyond the promised five seconds.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.username=${RF_IT_DB_USER:root}",
            "spring.datasource.password=${RF_IT_DB_PASSWORD:}",
            "reportflow.demo-data=true",
            "flowable.async-executor-activate=false",
            "logging.level.org.flowable=WARN"
        })
@ActiveProfiles("mysql")
class DatabaseOutageIT {

    private static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3306/reportflow_it?createDatabaseIfNotExist=true"
            + "&nullCatalogMeansCurrent=true&serverTimezone=UTC&characterEncoding=UTF-8&useUnicode=true";

    static CuttableProxy proxy;
    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void throughTheRelay(DynamicPropertyRegistry registry) throws IOException {
        String url = System.getenv().getOrDefault("RF_IT_DB_URL", DEFAULT_URL);
        URI database = URI.create(url.substring("jdbc:".length()));
        proxy = new CuttableProxy(database.getHost(), database.getPort());
        registry.add(
                "spring.datasource.url",
                () -> url.replace(database.getHost() + ":" + database.getPort(), "127.0.0.1:" + proxy.port()));
    }

    @BeforeAll
    static void startBrowser() {
        playwright = BrowserSupport.create();
        browser = BrowserSupport.launch(playwright);
    }

    @AfterAll
    static void stopAll() throws IOException {
        browser.close();
        playwright.close();
        proxy.close();
    }

    @Test
    void while_the_database_is_down_a_save_says_so_within_seconds_keeps_the_text_and_works_again_once_it_is_back()
            throws IOException {
        ReportSteps steps = new ReportSteps(context);
        long sectionId = steps.sectionIds(steps.drafting(false)).getFirst();
        Page page = signIn("author");
        page.navigate(url("/sections/" + sectionId + "/draft"));
        OutageSteps.saveThroughAnOutage(page, "/sections/" + sectionId + "/draft", proxy, this::url, "outage");
    }

    private Page signIn(String username) {
        Page page = browser.newContext().newPage();
        page.navigate(url("/login"));
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill("reportflow");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        // The first sign-in compiles and loads the whole frame on a shared, busy machine: give it time.
        assertThat(page.locator("vaadin-side-nav-item").first())
                .containsText("待办", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
