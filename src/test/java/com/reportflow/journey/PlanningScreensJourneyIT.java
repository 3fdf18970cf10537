package com.reportflow.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The planning and admin screens in a real browser: the coordinator imports last year's report from pasted text,
 * sees the preview, saves it as a template and lands on the new report form with it; the template list shows it; the
 * admin opens the working calendar and the notification list. Screenshots land in target/journey/.
 */
class PlanningScreensJourneyIT extends BrowserJourney {

    static final Path SHOTS = Path.of("target/journey");
    static final Path SAMPLE = Path.of("..", "shared", "samples", "baise-education-2024.txt");

    @Test
    void the_coordinator_imports_last_years_report_into_a_template_and_the_admin_opens_the_calendar() throws Exception {
        assumeTrue(Files.isRegularFile(SAMPLE), "sample reports absent: " + SAMPLE.toAbsolutePath());
        String templateName = "百色去年报告导入 " + System.nanoTime();

        Page coordinator = signIn("coordinator");
        menu(coordinator, "导入去年报告");
        coordinator.getByLabel("或把报告全文粘贴在这里").fill(Files.readString(SAMPLE, StandardCharsets.UTF_8));
        button(coordinator, "识别粘贴的文本").click();
        assertThat(coordinator.getByText(Pattern.compile("识别出 23 个标题"))).isVisible();
        assertThat(coordinator.getByText("主要做法及成效").first()).isVisible();
        shot(coordinator, "11-import-preview");
        coordinator.getByLabel("保存为模板，名称").fill(templateName);
        button(coordinator, "保存为模板并新建报告").click();
        assertThat(button(coordinator, "创建并启动")).isVisible();
        assertThat(coordinator.locator("vaadin-select")).containsText(templateName);
        shot(coordinator, "12-new-report-from-import");

        menu(coordinator, "提纲模板");
        assertThat(coordinator
                        .locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(templateName))
                        .first())
                .isVisible();
        shot(coordinator, "13-templates");
        coordinator.context().close();

        Page admin = signIn("admin");
        menu(admin, "工作日历");
        assertThat(admin.getByText(Pattern.compile("春节")).first()).isVisible();
        shot(admin, "14-calendar");
        admin.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("通知"))
                .click();
        assertThat(admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("全部标为已读")))
                .isVisible();
        admin.context().close();
    }

    private Page signIn(String username) {
        Page page = browser.newContext().newPage();
        page.navigate(url("/login"));
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill("reportflow");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("待办");
        return page;
    }

    private static void menu(Page page, String item) {
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText(item))
                .click();
    }

    private static Locator button(Page page, String text) {
        return page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(text).setExact(true))
                .first();
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")));
    }
}
