package com.reportflow.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.reportflow.TestUsers.as;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.reportflow.ReportSteps;
import com.reportflow.drafting.DraftingService;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Steering in a real browser: the coordinator transfers a held draft to a colleague from the section's steering
 * page, then urges her; she, signed in in her own browser and doing nothing, sees the toast and the unread count
 * change at the next poll, without reloading. Screenshots land in target/journey/.
 */
// A database of its own: the reports this journey leaves in drafting must not reach the other journeys' inboxes.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:steering-journey;DB_CLOSE_DELAY=-1")
class SteeringJourneyIT extends BrowserJourney {

    static final Path SHOTS = Path.of("target/journey");
    /** The menu polls every 10 s; allow for one poll and a slow machine. */
    static final LocatorAssertions.IsVisibleOptions WITHIN_A_POLL =
            new LocatorAssertions.IsVisibleOptions().setTimeout(25_000);

    @Autowired
    ApplicationContext context;

    @Autowired
    DraftingService drafting;

    @Test
    void the_coordinator_transfers_a_draft_and_urges_its_new_holder_who_sees_it_at_once() {
        ReportSteps steps = new ReportSteps(context);
        long sectionId = steps.sectionIds(steps.drafting(false)).getFirst();
        as("author", () -> drafting.take(sectionId));

        Page author2 = signIn("author2");
        assertThat(author2.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("通知")))
                .isVisible();
        String countBefore = notificationsLabel(author2).textContent();

        Page coordinator = signIn("coordinator");
        coordinator.navigate(url("/steering/sections/" + sectionId));
        assertThat(coordinator.getByText("办理人：钱磊")).isVisible();
        button(coordinator, "转办").click();
        Locator person = coordinator.locator("vaadin-combo-box#steering-person input");
        person.fill("孙芳");
        coordinator
                .locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("孙芳"))
                .click();
        coordinator.locator("vaadin-text-area#steering-reason textarea").fill("钱磊本周出差");
        shot(coordinator, "21-steering-transfer");
        button(coordinator, "确定").click();
        assertThat(coordinator.getByText("办理人：孙芳")).isVisible();

        button(coordinator, "催办").click();
        coordinator.locator("vaadin-text-area#steering-reason textarea").fill("请于今天下班前提交");
        button(coordinator, "确定").click();
        assertThat(coordinator.getByText("已催办。")).isVisible();
        shot(coordinator, "22-steering-urged");

        assertThat(author2.getByText(Pattern.compile("您有新的“催办”通知"))).isVisible(WITHIN_A_POLL);
        assertThat(notificationsLabel(author2)).not().hasText(countBefore);
        shot(author2, "23-urged-toast");
        notificationsLabel(author2).click();
        assertThat(author2.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("催办"))
                        .first())
                .isVisible();
        coordinator.context().close();
        author2.context().close();
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

    private static Locator notificationsLabel(Page page) {
        return page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("通知"))
                .first();
    }

    private static Locator button(Page page, String text) {
        return page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(text).setExact(true))
                .first();
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve(name + ".png"))
                .setFullPage(false));
    }
}
