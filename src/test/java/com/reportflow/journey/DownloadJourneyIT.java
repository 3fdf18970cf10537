package com.reportflow.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.reportflow.ReportSteps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A signed-in coordinator downloads the official document from the compile screen in a real browser: the login
 * form posts its CSRF token, the app runs under its Content-Security-Policy, and both files arrive.
 */
// A database of its own: the report this journey leaves at compile must not reach the other journeys' inboxes.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:download-journey;DB_CLOSE_DELAY=-1")
class DownloadJourneyIT extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    @Test
    void the_coordinator_clicks_docx_and_pdf_on_the_compile_screen_and_receives_both_files() throws IOException {
        long reportId = new ReportSteps(context).compiling();

        Page page = browser.newPage();
        page.navigate(url("/login"));
        page.locator("vaadin-login-form input[name=username]").fill("coordinator");
        page.locator("vaadin-login-form input[name=password]").fill("reportflow");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("/reports/" + reportId + "/compile"));

        Download docx = page.waitForDownload(
                () -> page.locator(".export-links a").getByText("DOCX").click());
        byte[] docxBytes = Files.readAllBytes(docx.path());
        assertThat(docx.suggestedFilename()).endsWith("汇编稿.docx");
        assertThat(new String(docxBytes, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("PK");

        Download pdf = page.waitForDownload(
                () -> page.locator(".export-links a").getByText("PDF").click());
        byte[] pdfBytes = Files.readAllBytes(pdf.path());
        assertThat(pdf.suggestedFilename()).endsWith("汇编稿.pdf");
        assertThat(new String(pdfBytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/journey/compile-downloads.png"))
                .setFullPage(true));
    }
}
