package com.reportflow.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
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
    private static final double PROMISED_MILLIS = 5_000;

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
        Locator text = page.getByLabel("章节正文");
        Locator save = page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true));
        Locator indicator = page.locator(".save-state");
        text.fill("一是完善制度。");
        save.click();
        assertThat(indicator).containsText("已保存");

        proxy.cut();
        text.fill("一是完善制度。二是规范执法。");
        long clicked = System.nanoTime();
        save.click();
        Locator refusal =
                page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("数据库"));
        assertThat(refusal).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(PROMISED_MILLIS));
        long toldAfter = millisSince(clicked);
        assertThat(refusal).containsText("未保存");
        assertThat(text).hasValue("一是完善制度。二是规范执法。");
        assertThat(indicator).containsText("未保存");
        System.out.printf("[outage] save during the outage answered after %d ms%n", toldAfter);

        long navigated = System.nanoTime();
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("待办"))
                .click();
        Locator errorPage = page.locator(".database-unavailable");
        // A screen may read the database several times before it gives up, each read waiting for the pool's timeout:
        // the page comes, but not always within the five seconds promised for a save. Measured, not asserted.
        assertThat(errorPage).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        assertThat(errorPage).containsText("无法连接数据库");
        System.out.printf(
                "[outage] navigation during the outage showed the error page after %d ms%n", millisSince(navigated));

        proxy.restore();
        long restored = System.nanoTime();
        page.navigate(url("/sections/" + sectionId + "/draft"));
        text.fill("一是完善制度。二是规范执法。");
        save.click();
        assertThat(indicator).containsText("已保存");
        System.out.printf(
                "[outage] after the restore the page loaded and the save succeeded in %d ms%n", millisSince(restored));
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

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
