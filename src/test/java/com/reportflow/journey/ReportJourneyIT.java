package com.reportflow.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The whole lifecycle in a real browser: each role signs in and does their step, from the coordinator opening the
 * report to the anonymous reader of the public page. Screenshots land in target/journey/.
 */
class ReportJourneyIT extends BrowserJourney {

    static final Path SHOTS = Path.of("target/journey");
    static final String HOSTILE = "<script>alert('x')</script>";

    @Test
    void every_role_takes_a_report_from_creation_to_the_public_page() {
        // The year the new-report form proposes: this year in December, else last year.
        LocalDate today = LocalDate.now();
        int year = today.getMonthValue() == 12 ? today.getYear() : today.getYear() - 1;
        String title = year + "年度法治政府建设情况报告";

        Page coordinator = signIn("coordinator");
        coordinator
                .locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("新建报告"))
                .click();
        Locator allOffices =
                coordinator.locator("vaadin-details vaadin-combo-box input").first();
        allOffices.fill("基础教育科");
        coordinator
                .locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("基础教育科"))
                .click();
        button(coordinator, "应用到全部章节").click();
        shot(coordinator, "01-new-report");
        button(coordinator, "创建并启动").click();
        assertThat(coordinator.getByText("一、主要举措和成效").first()).isVisible();
        assertThat(coordinator.getByText("（一）依法全面履行政府职能").first()).isVisible();
        shot(coordinator, "02-report-created");
        signOut(coordinator);

        Page author = signIn("author");
        for (int i = 0; i < 11; i++) {
            openFirstInboxRow(author, "起草章节");
            Locator text = author.getByLabel("章节正文");
            text.fill("本年度依法行政工作有序推进。第" + (i + 1) + "部分正文。" + (i == 0 ? HOSTILE : ""));
            if (i == 0) {
                shot(author, "03-drafting");
            }
            button(author, "提交").click();
            confirm(author);
            backInInbox(author);
        }
        signOut(author);

        Page advisor = signIn("advisor");
        openFirstInboxRow(advisor, "合法性审查");
        advisor.getByLabel(Pattern.compile("主体与权限")).fill("实施主体表述不准确。");
        advisor.getByLabel(Pattern.compile("其他意见")).fill("第一段缺少法律依据，请补充。");
        shot(advisor, "04-review");
        button(advisor, "退回修改").click();
        backInInbox(advisor);
        for (int i = 0; i < 10; i++) {
            openFirstInboxRow(advisor, "合法性审查");
            button(advisor, "审查通过").click();
            backInInbox(advisor);
        }
        signOut(advisor);

        author = signIn("author");
        openFirstInboxRow(author, "起草章节");
        assertThat(author.locator(".opinion")).containsText("第一段缺少法律依据，请补充。");
        assertThat(author.locator(".opinion")).containsText("实施主体表述不准确。");
        shot(author, "05-returned-with-opinion");
        author.getByLabel("章节正文").fill("本年度依据《教育法》依法行政工作有序推进。第1部分正文。" + HOSTILE);
        assertThat(author.locator(".since-return ins").first()).containsText("据《教育法》");
        shot(author, "05b-changes-since-return");
        button(author, "提交").click();
        confirm(author);
        backInInbox(author);
        signOut(author);

        advisor = signIn("advisor");
        openFirstInboxRow(advisor, "合法性审查");
        assertThat(advisor.getByText(Pattern.compile("正在审查：第2稿"))).isVisible();
        assertThat(advisor.locator(".since-review ins").first()).containsText("据《教育法》");
        assertThat(advisor.locator(".opinion")).containsText("第一段缺少法律依据，请补充。");
        shot(advisor, "05c-review-diff");
        button(advisor, "审查通过").click();
        backInInbox(advisor);
        signOut(advisor);

        coordinator = signIn("coordinator");
        openFirstInboxRow(coordinator, "汇编报告");
        assertThat(coordinator.getByText("全部11个章节已通过合法性审查", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        shot(coordinator, "06-compile");
        button(coordinator, "提交集体审议").click();
        confirm(coordinator);
        backInInbox(coordinator);
        signOut(coordinator);

        Page secretary = signIn("secretary");
        openFirstInboxRow(secretary, "党组集体审议");
        secretary.getByLabel("会议名称").fill(LocalDate.now().getYear() + "年第3次党组会议");
        secretary.getByText("审议通过", new Page.GetByTextOptions().setExact(true)).click();
        shot(secretary, "07-deliberation");
        button(secretary, "记录审议结果").click();
        backInInbox(secretary);
        signOut(secretary);

        Page director = signIn("director");
        openFirstInboxRow(director, "局长签发");
        button(director, "签发").click();
        confirm(director);
        backInInbox(director);
        signOut(director);

        coordinator = signIn("coordinator");
        openFirstInboxRow(coordinator, "保密审查与公开发布");
        coordinator.getByText("保密审查已完成，内容不涉及国家秘密").click();
        coordinator.getByLabel("发文字号").fill("某教发〔" + LocalDate.now().getYear() + "〕3号");
        shot(coordinator, "08-publish");
        button(coordinator, "公开发布").click();
        confirm(coordinator);
        assertThat(coordinator
                        .getByText(Pattern.compile("/" + LocalDate.now().getYear() + "-\\d{5}"))
                        .first())
                .isVisible();
        coordinator.getByLabel("报送机关").fill("市教育局");
        button(coordinator, "登记报送").click();
        assertThat(coordinator.getByText("已登记报送情况。")).isVisible();
        signOut(coordinator);

        BrowserContext anonymous = browser.newContext();
        Page reader = anonymous.newPage();
        reader.navigate(url("/public/reports"));
        reader.getByText(title).first().click();
        assertThat(reader.locator("table.metadata")).containsText("索引号");
        assertThat(reader.locator("table.metadata")).containsText("某教发〔");
        assertThat(reader.locator("article h2").first()).hasText("一、主要举措和成效");
        assertThat(reader.locator("article")).containsText(HOSTILE);
        assertThat(reader.locator("article script")).hasCount(0);
        shot(reader, "09-public-page");
        anonymous.close();

        Page admin = signIn("admin");
        admin.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("在办监控"))
                .click();
        assertThat(admin.getByText(title).first()).isVisible();
        shot(admin, "10-monitoring");
        signOut(admin);
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

    private static void signOut(Page page) {
        page.context().close();
    }

    private static void openFirstInboxRow(Page page, String step) {
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("待办"))
                .click();
        Locator cell = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(step))
                .first();
        cell.click();
        assertThat(page.locator("h2", new Page.LocatorOptions().setHasText("待办")))
                .hasCount(0);
    }

    /** Waits until the last action is done: every completed step returns its person to the inbox. */
    private static void backInInbox(Page page) {
        assertThat(page.locator("h2", new Page.LocatorOptions().setHasText("待办")))
                .isVisible();
    }

    private static Locator button(Page page, String text) {
        return page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(text).setExact(true))
                .first();
    }

    private static void confirm(Page page) {
        page.locator("vaadin-confirm-dialog vaadin-button[slot=confirm-button]").click();
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve(name + ".png"))
                .setFullPage(false));
    }
}
