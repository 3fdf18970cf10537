package com.reportflow.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The steps of a report's lifecycle as a person does them in the browser, shared by the in-process journey and the
 * journey on the shipped jar. Each completing step waits until its person is back in the inbox.
 */
public final class JourneySteps {

    private final UnaryOperator<String> url;
    private final Path shots;

    /** {@code url} turns a path into the address of the application under test; screenshots go to {@code shots}. */
    public JourneySteps(UnaryOperator<String> url, Path shots) {
        this.url = url;
        this.shots = shots;
    }

    /** Opens the first task of the given step from a fresh inbox (the page may have sat there while others worked). */
    public void openFirstInboxRow(Page page, String step) {
        page.navigate(url.apply("/"));
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(step))
                .first()
                .click();
        assertThat(page.locator("h2", new Page.LocatorOptions().setHasText("待办")))
                .hasCount(0);
    }

    /** Waits until the last action is done: every completed step returns its person to the inbox. */
    public static void backInInbox(Page page) {
        assertThat(page.locator("h2", new Page.LocatorOptions().setHasText("待办")))
                .isVisible();
    }

    public static Locator button(Page page, String text) {
        return page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(text).setExact(true))
                .first();
    }

    public static void confirm(Page page) {
        page.locator("vaadin-confirm-dialog vaadin-button[slot=confirm-button]").click();
    }

    public void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve(name + ".png")));
    }

    /** The author, on an open drafting task, writes the text and submits it. */
    public void submitText(Page author, String text) {
        author.getByLabel("章节正文").fill(text);
        button(author, "提交").click();
        confirm(author);
        backInInbox(author);
    }

    /** The author drafts and submits {@code sections} sections; the first carries {@code extra}. */
    public void draftAll(Page author, int sections, String extra) {
        draftAll(author, 1, sections, extra);
    }

    /** As above, numbering the parts from {@code first}; the extra text goes into the part numbered 1. */
    public void draftAll(Page author, int first, int sections, String extra) {
        for (int i = first; i < first + sections; i++) {
            openFirstInboxRow(author, "起草章节");
            submitText(author, "本年度依法行政工作有序推进。第" + i + "部分正文。" + (i == 1 ? extra : ""));
        }
    }

    /** The advisor approves the first review in the inbox. */
    public void approve(Page advisor) {
        openFirstInboxRow(advisor, "合法性审查");
        button(advisor, "审查通过").click();
        backInInbox(advisor);
    }

    /** The coordinator finds every section approved and sends the report to the leadership group. */
    public void compileAndSendToDeliberation(Page coordinator, int sections) {
        openFirstInboxRow(coordinator, "汇编报告");
        assertThat(coordinator.getByText("全部" + sections + "个章节已通过合法性审查", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        shot(coordinator, "06-compile");
        button(coordinator, "提交集体审议").click();
        confirm(coordinator);
        backInInbox(coordinator);
    }

    /** The secretary records that the meeting passed the report. */
    public void recordDeliberation(Page secretary, String meeting) {
        openFirstInboxRow(secretary, "党组集体审议");
        secretary.getByLabel("会议名称").fill(meeting);
        secretary.getByText("审议通过", new Page.GetByTextOptions().setExact(true)).click();
        shot(secretary, "07-deliberation");
        button(secretary, "记录审议结果").click();
        backInInbox(secretary);
    }

    /** The director, who sees the meeting that deliberated the report, signs it off. */
    public void signOff(Page director, String meeting) {
        openFirstInboxRow(director, "局长签发");
        assertThat(director.getByText(meeting).first()).isVisible();
        button(director, "签发").click();
        confirm(director);
        backInInbox(director);
    }

    /** The coordinator confirms the confidentiality check, publishes and records the submission upward. */
    public void publishAndRecordSubmission(Page coordinator) {
        int year = LocalDate.now().getYear();
        openFirstInboxRow(coordinator, "保密审查与公开发布");
        coordinator.getByText("保密审查已完成，内容不涉及国家秘密").click();
        coordinator.getByLabel("发文字号").fill("某教发〔" + year + "〕3号");
        shot(coordinator, "08-publish");
        button(coordinator, "公开发布").click();
        confirm(coordinator);
        assertThat(coordinator
                        .getByText(Pattern.compile("/" + year + "-\\d{5}"))
                        .first())
                .isVisible();
        coordinator.getByLabel("报送机关").fill("市教育局");
        button(coordinator, "登记报送").click();
        assertThat(coordinator.getByText("已登记报送情况。")).isVisible();
    }
}
