package com.reportflow.shipped;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.reportflow.journey.BrowserSupport;
import com.reportflow.journey.JourneySteps;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped artifact, as an operator and the bureau meet it: the production jar started with {@code java -jar} on
 * the {@code mysql} profile, an empty database and the first admin from the environment. The admin sets the bureau up
 * in the browser (an office, five people); each person signs in, changes the temporary password, and does their step,
 * from opening the report to the public page. At four stages (drafting, compile, sign-off, published) every role's
 * screens are crawled and every offered file downloaded (see {@link Crawler}). Each step's time is printed and
 * written to {@code target/shipped/step-times.md}: a measurement, not an assertion.
 */
class ShippedJourneyIT {

    static final String ADMIN = "opsadmin";
    static final String ADMIN_PASSWORD = "Ops#Admin-2026";
    static final String TEMPORARY = "Temp#Start-2026";
    static final String CHOSEN = "Mine#Own-2026x";
    static final String OFFICE = "基础教育科";
    static final String HOSTILE = "<script>alert('x')</script>";
    static final Path SHOTS = ShippedApp.LOGS.resolve("shots");
    /** For screenshots only (they need no address). */
    static final JourneySteps STEPS_SHOTS = new JourneySteps(path -> path, SHOTS);

    /** username → display name, role label (as the admin ticks it), office or null. */
    static final List<String[]> PEOPLE = List.of(
            new String[] {"zhaomin", "赵敏", "牵头科室", null},
            new String[] {"qianlei", "钱磊", "撰稿人", OFFICE},
            new String[] {"wanglvshi", "王律师", "法律顾问", null},
            new String[] {"fengmishu", "冯秘书", "党组秘书", null},
            new String[] {"chenjuzhang", "陈局长", "局长", null});

    static final Locator.GetByLabelOptions EXACT = new Locator.GetByLabelOptions().setExact(true);

    static ShippedApp app;
    static Playwright playwright;
    static Browser browser;

    final Map<String, String> passwords = new HashMap<>(Map.of(ADMIN, ADMIN_PASSWORD));
    final Map<String, Long> times = new LinkedHashMap<>();
    final List<String> crawlProblems = new ArrayList<>();
    Crawler crawler;
    JourneySteps steps;

    @BeforeAll
    static void start() {
        app = ShippedApp.start(
                "journey",
                Map.of("REPORTFLOW_SETUP_ADMIN_USERNAME", ADMIN, "REPORTFLOW_SETUP_ADMIN_PASSWORD", ADMIN_PASSWORD));
        playwright = BrowserSupport.create();
        browser = BrowserSupport.launch(playwright);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void an_operator_starts_the_jar_and_every_role_takes_a_report_from_setup_to_the_public_page() throws IOException {
        LocalDate today = LocalDate.now();
        int year = today.getMonthValue() == 12 ? today.getYear() : today.getYear() - 1;
        String title = year + "年度法治政府建设情况报告";
        times.put("start the jar (java -jar, mysql profile, empty schema) until /login answers", app.startMillis());
        steps = new JourneySteps(app::url, SHOTS);
        // what the people of this journey typed is theirs: their usernames, the office code, the hostile text shown as
        // text
        crawler = new Crawler(
                app.url("/"),
                title,
                Set.of(
                        ADMIN,
                        "zhaomin",
                        "qianlei",
                        "wanglvshi",
                        "fengmishu",
                        "chenjuzhang",
                        "JCJY",
                        "script",
                        "alert"));

        Page admin = step("admin: first sign-in with the configured account", () -> signIn(ADMIN));
        step("admin: creates the office " + OFFICE, () -> {
            admin.navigate(app.url("/admin/offices"));
            admin.getByLabel("科室代码").fill("JCJY");
            // the rename field below carries the same label and is disabled until an office is chosen
            admin.getByLabel("科室名称").and(admin.locator("input:enabled")).fill(OFFICE);
            button(admin, "新增科室").click();
            assertThat(admin.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(OFFICE))
                            .first())
                    .isVisible();
        });
        step("admin: creates five people with their roles", () -> {
            admin.navigate(app.url("/admin/users"));
            for (String[] person : PEOPLE) {
                button(admin, "新增人员").click();
                Locator dialog = admin.locator("vaadin-dialog");
                dialog.getByLabel("用户名", EXACT).fill(person[0]);
                dialog.getByLabel("姓名", EXACT).fill(person[1]);
                if (person[3] != null) {
                    dialog.getByLabel("科室", EXACT).fill(person[3]);
                    admin.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(person[3]))
                            .first()
                            .click();
                }
                dialog.getByRole(
                                AriaRole.CHECKBOX,
                                new Locator.GetByRoleOptions()
                                        .setName(person[2])
                                        .setExact(true))
                        .check();
                dialog.getByLabel("临时密码", EXACT).fill(TEMPORARY);
                dialog.getByRole(
                                AriaRole.BUTTON,
                                new Locator.GetByRoleOptions().setName("创建").setExact(true))
                        .click();
                assertThat(dialog.getByText(person[0] + "的临时密码")).isVisible();
                dialog.getByRole(
                                AriaRole.BUTTON,
                                new Locator.GetByRoleOptions().setName("关闭").setExact(true))
                        .click();
                passwords.put(person[0], TEMPORARY);
            }
            assertThat(admin.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("陈局长")))
                    .isVisible();
        });
        shot(admin, "01-people");

        Page coordinator = step("coordinator: first sign-in, changes the temporary password", () -> signIn("zhaomin"));
        step("coordinator: opens the year's report from the statutory template", () -> {
            coordinator
                    .locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("新建报告"))
                    .click();
            coordinator.locator("vaadin-details vaadin-combo-box input").first().fill(OFFICE);
            coordinator
                    .locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(OFFICE))
                    .click();
            button(coordinator, "应用到全部章节").click();
            // The office has no head: ticking the office-head check names it before anything can stall.
            coordinator.getByText("章节提交前由科室负责人审核").click();
            assertThat(coordinator.locator(".headless-offices")).containsText(OFFICE);
            button(coordinator, "创建并启动").click();
            assertThat(coordinator.getByText("一、主要举措和成效").first()).isVisible();
            assertThat(coordinator.locator(".headless-offices")).containsText(OFFICE);
        });
        shot(coordinator, "02-report-created");
        String reportPath = URI.create(coordinator.url()).getPath();
        Page author = step("author: first sign-in, changes the temporary password", () -> signIn("qianlei"));
        Page advisor = step("advisor: first sign-in, changes the temporary password", () -> signIn("wanglvshi"));
        Page secretary = step("secretary: first sign-in, changes the temporary password", () -> signIn("fengmishu"));
        Page director = step("director: first sign-in, changes the temporary password", () -> signIn("chenjuzhang"));
        Map<String, Page> everyone = new LinkedHashMap<>();
        everyone.put("admin", admin);
        everyone.put("coordinator", coordinator);
        everyone.put("author", author);
        everyone.put("advisor", advisor);
        everyone.put("secretary", secretary);
        everyone.put("director", director);

        crawl("drafting", everyone);

        step(
                "author: submits the first section, which waits for an office head nobody is",
                () -> steps.draftAll(author, 1, 1, HOSTILE));
        step("coordinator: monitoring flags the check nobody can make; skips it with a reason", () -> {
            coordinator.navigate(app.url("/monitoring"));
            assertThat(coordinator
                            .getByText("无人可办理", new Page.GetByTextOptions().setExact(true))
                            .first())
                    .isVisible();
            shot(coordinator, "03-nobody-can-act");
            coordinator.navigate(app.url("/steering" + reportPath));
            button(coordinator, "跳过科室审核").click();
            button(coordinator, "确定").click();
            assertThat(coordinator.getByText("请填写理由。")).isVisible();
            coordinator.locator("vaadin-text-area#steering-reason textarea").fill("本科室暂无负责人，经分管领导同意直接送审");
            button(coordinator, "确定").click();
            assertThat(coordinator.getByText("已跳过科室审核，章节已送合法性审查。")).isVisible();
        });
        step("coordinator: turns the office-head check off on the report page", () -> {
            coordinator.navigate(app.url(reportPath));
            coordinator.getByText("章节提交前由科室负责人审核").click();
            assertThat(coordinator.getByText("已关闭科室负责人审核。")).isVisible();
        });
        step("author: drafts and submits the other 10 sections", () -> steps.draftAll(author, 2, 10, ""));
        step("advisor: returns one section with an opinion", () -> {
            steps.openFirstInboxRow(advisor, "合法性审查");
            advisor.getByLabel(Pattern.compile("其他意见")).fill("第一段缺少法律依据，请补充。");
            button(advisor, "退回修改").click();
            JourneySteps.backInInbox(advisor);
        });
        step("advisor: approves 10 sections", () -> {
            for (int i = 0; i < 10; i++) {
                steps.approve(advisor);
            }
        });
        step("author: revises the returned section", () -> {
            steps.openFirstInboxRow(author, "起草章节");
            assertThat(author.locator(".opinion")).containsText("第一段缺少法律依据，请补充。");
            steps.submitText(author, "本年度依据《教育法》依法行政工作有序推进。第1部分正文。" + HOSTILE);
        });
        step("advisor: approves the revision", () -> steps.approve(advisor));

        crawl("compile", everyone);

        String meeting = today.getYear() + "年第3次党组会议";
        step(
                "coordinator: compiles and sends to deliberation",
                () -> steps.compileAndSendToDeliberation(coordinator, 11));
        step("secretary: records the deliberation", () -> steps.recordDeliberation(secretary, meeting));

        crawl("sign-off", everyone);

        step("director: sees the deliberation and signs", () -> steps.signOff(director, meeting));
        step(
                "coordinator: confidentiality check, publishes, records the submission",
                () -> steps.publishAndRecordSubmission(coordinator));

        BrowserContext anonymous = browser.newContext();
        Page reader = anonymous.newPage();
        step("anonymous reader: opens the public page", () -> {
            reader.navigate(app.url("/public/reports"));
            reader.getByText(title).first().click();
            assertThat(reader.locator("table.metadata")).containsText("某教发〔");
            assertThat(reader.locator("article")).containsText(HOSTILE);
            assertThat(reader.locator("article script")).hasCount(0);
        });
        shot(reader, "09-public-page");
        everyone.put("anonymous", reader);

        crawl("published", everyone);
        step("refusals and missing pages: inside the frame in both languages, the public site's own 404", () -> {
            author.navigate(app.url("/monitoring"));
            assertThat(author.locator(".error-view h2")).hasText("无权访问");
            author.navigate(app.url("/no-such-screen"));
            assertThat(author.locator(".error-view h2")).hasText("页面不存在");
            assertThat(author.locator("vaadin-side-nav-item").first()).containsText("待办");
            assertThat(author.getByText("Could not navigate")).hasCount(0);
            author.locator("#language-switch").click();
            assertThat(author.locator("#language-switch")).hasText("中文");
            author.navigate(app.url("/monitoring"));
            assertThat(author.locator(".error-view h2")).hasText("Access denied");
            author.navigate(app.url("/no-such-screen"));
            assertThat(author.locator(".error-view h2")).hasText("Page not found");
            author.locator("#language-switch").click();
            assertThat(author.locator("#language-switch")).hasText("English");
            com.microsoft.playwright.Response missing = reader.navigate(app.url("/public/reports/999999"));
            assertThat(missing.status()).isEqualTo(404);
            assertThat(reader.locator("h1, h2").first()).hasText("页面不存在");
            assertThat(reader.getByText("Whitelabel")).hasCount(0);
            missing = reader.navigate(app.url("/public/no-such-page"));
            assertThat(missing.status()).isEqualTo(404);
            assertThat(reader.locator("h1, h2").first()).hasText("页面不存在");
        });
        shot(author, "10-not-found");
        anonymous.close();

        writeTimes();
        crawler.writeReached(ShippedApp.LOGS.resolve("crawl.log"));
        // Defect 1 of the shipped jar: signed-in readers got 403 on the official document at every stage.
        for (String stage : List.of("compile", "sign-off", "published")) {
            for (String role : List.of("coordinator", "director", "advisor")) {
                assertThat(crawler.filesFetched(role + "@" + stage))
                        .as("the official document downloaded by the %s at %s", role, stage)
                        .anyMatch(path -> path.matches("/exports/reports/\\d+\\.docx"))
                        .anyMatch(path -> path.matches("/exports/reports/\\d+\\.pdf"));
            }
        }
        assertThat(crawlProblems).as("problems found by the crawl").isEmpty();
        assertThat(app.errorLines()).as("ERROR lines in the jar's log").isEmpty();
    }

    private void crawl(String stage, Map<String, Page> everyone) {
        step("crawl at " + stage + ": every role's screens, two levels deep, every file", () -> {
            everyone.forEach((role, page) -> {
                String start = "anonymous".equals(role) ? app.url("/public/reports") : app.url("/");
                Crawler.Visit visit = crawler.crawl(role + "@" + stage, page.context(), start);
                System.out.printf(
                        "[shipped] crawl %s as %s: %d pages, %d files%n",
                        stage, role, visit.pages(), visit.downloads());
            });
            crawlProblems.addAll(crawler.problems());
            crawler.problems().clear();
        });
    }

    private Page signIn(String username) {
        Page page = browser.newContext().newPage();
        page.navigate(app.url("/login"));
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(passwords.get(username));
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
        // the first screen (the inbox, or the password change an admin-set password leads to) has its heading
        page.locator("h2").first().waitFor();
        if (page.locator("h2", new Page.LocatorOptions().setHasText("修改密码")).isVisible()) {
            page.getByLabel("当前密码").fill(passwords.get(username));
            page.getByLabel("新密码", new Page.GetByLabelOptions().setExact(true)).fill(CHOSEN);
            page.getByLabel("再次输入新密码").fill(CHOSEN);
            button(page, "修改密码").click();
            assertThat(page.locator("h2", new Page.LocatorOptions().setHasText("待办")))
                    .isVisible();
            passwords.put(username, CHOSEN);
        }
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("待办");
        return page;
    }

    private <T> T step(String name, java.util.function.Supplier<T> action) {
        long started = System.nanoTime();
        T result;
        try {
            result = action.get();
        } catch (RuntimeException | AssertionError e) {
            int n = 0;
            for (BrowserContext context : browser.contexts()) {
                for (Page page : context.pages()) {
                    shot(page, "failed-" + (++n));
                }
            }
            throw e;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        times.put(name, millis);
        System.out.printf("[shipped] %,8d ms  %s%n", millis, name);
        return result;
    }

    private void step(String name, Runnable action) {
        step(name, () -> {
            action.run();
            return null;
        });
    }

    private void writeTimes() throws IOException {
        StringBuilder table = new StringBuilder("| step | ms |\n| --- | ---: |\n");
        times.forEach((name, millis) ->
                table.append("| ").append(name).append(" | ").append(millis).append(" |\n"));
        Files.createDirectories(ShippedApp.LOGS);
        Files.writeString(ShippedApp.LOGS.resolve("step-times.md"), table);
        System.out.println(table);
    }

    private static Locator button(Page page, String text) {
        return JourneySteps.button(page, text);
    }

    private static void shot(Page page, String name) {
        STEPS_SHOTS.shot(page, name);
    }
}
