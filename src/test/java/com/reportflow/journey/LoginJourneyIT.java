package com.reportflow.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

class LoginJourneyIT extends BrowserJourney {

    @Test
    void a_wrong_password_is_refused_and_a_right_one_opens_the_inbox() {
        Page page = browser.newPage();
        page.navigate(url("/"));
        page.locator("vaadin-login-form input[name=username]").fill("author");
        page.locator("vaadin-login-form input[name=password]").fill("wrong");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        assertThat(page.getByText("用户名或密码不正确")).isVisible();

        page.locator("vaadin-login-form input[name=username]").fill("author");
        page.locator("vaadin-login-form input[name=password]").fill("reportflow");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("待办");
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/journey/00-login.png")));
    }
}
