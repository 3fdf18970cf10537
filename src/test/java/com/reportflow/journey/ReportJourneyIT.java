package com.reportflow.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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

    private final JourneySteps steps = new JourneySteps(this::url, SHOTS);

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
        openFirstInboxRow(author, "起草章节");
        author.getByLabel("章节正文").fill("本年度依法行政工作有序推进。第1部分正文。" + HOSTILE);
        shot(author, "03-drafting");
        steps.submitText(author, "本年度依法行政工作有序推进。第1部分正文。" + HOSTILE);
        steps.draftAll(author, 10, "");
        signOut(author);

        Page advisor = signIn("advisor");
        openFirstInboxRow(advisor, "合法性审查");
        advisor.getByLabel(Pattern.compile("主体与权限")).fill("实施主体表述不准确。");
        advisor.getByLabel(Pattern.compile("其他意见")).fill("第一段缺少法律依据，请补充。");
        shot(advisor, "04-review");
        button(advisor, "退回修改").click();
        JourneySteps.backInInbox(advisor);
        for (int i = 0; i < 10; i++) {
            steps.approve(advisor);
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
        steps.submitText(author, "本年度依据《教育法》依法行政工作有序推进。第1部分正文。" + HOSTILE);
        signOut(author);

        advisor = signIn("advisor");
        openFirstInboxRow(advisor, "合法性审查");
        assertThat(advisor.getByText(Pattern.compile("正在审查：第2稿"))).isVisible();
        assertThat(advisor.locator(".since-review ins").first()).containsText("据《教育法》");
        assertThat(advisor.locator(".opinion")).containsText("第一段缺少法律依据，请补充。");
        shot(advisor, "05c-review-diff");
        button(advisor, "审查通过").click();
        JourneySteps.backInInbox(advisor);
        signOut(advisor);

        String meeting = LocalDate.now().getYear() + "年第3次党组会议";
        coordinator = signIn("coordinator");
        steps.compileAndSendToDeliberation(coordinator, 11);
        signOut(coordinator);

        Page secretary = signIn("secretary");
        steps.recordDeliberation(secretary, meeting);
        signOut(secretary);

        Page director = signIn("director");
        steps.signOff(director, meeting);
        signOut(director);

        coordinator = signIn("coordinator");
        steps.publishAndRecordSubmission(coordinator);
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

    private void openFirstInboxRow(Page page, String step) {
        steps.openFirstInboxRow(page, step);
    }

    private static Locator button(Page page, String text) {
        return JourneySteps.button(page, text);
    }

    private void shot(Page page, String name) {
        steps.shot(page, name);
    }
}
