package com.reportflow.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginJourneyIT {

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        playwright = BrowserSupport.create();
        browser = BrowserSupport.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void a_wrong_password_is_refused_and_a_right_one_opens_the_inbox() {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/");
        page.locator("vaadin-login-form input[name=username]").fill("author");
        page.locator("vaadin-login-form input[name=password]").fill("wrong");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        assertThat(page.getByText("用户名或密码不正确")).isVisible();

        page.locator("vaadin-login-form input[name=username]").fill("author");
        page.locator("vaadin-login-form input[name=password]").fill("reportflow");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("待办");
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/journey-login.png")));
    }
}
