package com.reportflow.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.reportflow.ReportSteps;
import com.reportflow.report.ReportQueries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/** Text longer than a field takes, typed or pasted by a person or sent by a client that ignores maxlength. */
// A database of its own: the drafts it leaves must not reach the report journey's inboxes.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:oversized-input-journey;DB_CLOSE_DELAY=-1")
class OversizedInputIT extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    @Autowired
    ReportQueries queries;

    long sectionId;

    @BeforeEach
    void startReport() {
        ReportSteps steps = new ReportSteps(context);
        sectionId = steps.sectionIds(steps.drafting(false)).getFirst();
    }

    @Test
    void a_paste_longer_than_the_limit_is_kept_whole_and_refused_with_the_limit_and_the_excess() {
        Page page = openDraft();
        Locator text = page.getByLabel("章节正文");
        text.fill("一是完善制度。");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("保存").setExact(true))
                .click();
        assertThat(page.locator(".save-state")).containsText("已保存");

        String pasted = "法".repeat(25_000);
        text.fill("");
        text.focus();
        page.keyboard().insertText(pasted);

        Locator field = page.locator("vaadin-text-area");
        assertThat(field).hasAttribute("invalid", "");
        assertThat(field).containsText("20000");
        assertThat(field).containsText("5000");
        assertThat(page.locator(".save-state")).containsText("未保存");
        assertThat(text).hasValue(pasted);
        assertThat(as("coordinator", () -> queries.section(sectionId)).body()).isEqualTo("一是完善制度。");
    }

    @Test
    void a_value_too_large_to_send_is_held_back_with_a_message_and_the_page_goes_on_working() {
        Page page = openDraft();
        Locator field = page.locator("vaadin-text-area");
        field.evaluate("el => { el.value = '法'.repeat(11 * 1024 * 1024); }");

        Locator message =
                page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("没有发送"));
        assertThat(message).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
        assertThat(message).containsText("11534336");
        assertThat(page.locator(".save-state")).containsText("未保存");

        Locator text = page.getByLabel("章节正文");
        text.fill("一是完善制度。");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("保存").setExact(true))
                .click();
        assertThat(page.locator(".save-state")).containsText("已保存");
        assertThat(as("coordinator", () -> queries.section(sectionId)).body()).isEqualTo("一是完善制度。");
    }

    private Page openDraft() {
        Page page = browser.newContext().newPage();
        page.navigate(url("/login"));
        page.locator("vaadin-login-form input[name=username]").fill("author");
        page.locator("vaadin-login-form input[name=password]").fill("reportflow");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("待办");
        page.navigate(url("/sections/" + sectionId + "/draft"));
        assertThat(page.getByLabel("章节正文")).isEditable();
        return page;
    }
}
