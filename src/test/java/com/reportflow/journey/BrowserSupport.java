package com.reportflow.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Debian's chromium driven by Playwright for Java; the browser is never downloaded. */
public final class BrowserSupport {

    private BrowserSupport() {}

    public static Path chromium() {
        String configured = System.getenv("PLAYWRIGHT_CHROMIUM_EXECUTABLE");
        Path path = Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(
                    "Chromium not found at " + path
                            + ": install Debian's chromium (apt-get install -y chromium) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE");
        }
        return path;
    }

    public static Browser launch(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium())
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-dev-shm-usage",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    public static Playwright create() {
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }
}
