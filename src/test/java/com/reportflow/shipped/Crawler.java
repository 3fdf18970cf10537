package com.reportflow.shipped;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.WaitUntilState;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Opens, as one signed-in person, every menu entry and every link reachable from those screens, two levels deep, and
 * downloads every file offered. A page fails on an HTTP error, a route-error or Whitelabel page, Vaadin's internal
 * error, a raw translation key or English words in the Chinese UI; a file fails unless it opens (PDF text extracted,
 * DOCX read) and carries the report's title. Links that act (sign-out, language switch) are left alone; buttons are
 * the journey's part.
 */
final class Crawler {

    /** The same screen for other ids is not opened again: at most this many pages per route pattern. */
    private static final int PER_PATTERN = 2;

    private static final Pattern DIGITS = Pattern.compile("[0-9a-f]{8}-[0-9a-f-]{27}|\\d+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z]{2,}");
    private static final Pattern URL_OR_MAIL =
            Pattern.compile("(https?://\\S+|[\\w.+-]+@[\\w.-]+|\\S+\\.(?:docx|pdf|xml)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED_KEY =
            Pattern.compile("(?<![\\w@/.-])[a-z][a-zA-Z0-9]*(?:[.-][a-zA-Z0-9]+)*\\.[a-z][a-zA-Z0-9-]*(?![\\w@/-])");
    private static final Set<String> DOTTED_ALLOWED_ENDINGS =
            Set.of("docx", "pdf", "xml", "html", "example", "com", "cn");
    private static final List<String> ERROR_MARKERS = List.of(
            "Whitelabel Error Page",
            "Could not navigate to",
            "There was an exception while trying to navigate",
            "Internal error",
            "Please notify the administrator",
            "Session Expired",
            "发生意外错误");
    /** Words that are not English prose: formats, the product, the language switch. */
    private static final Set<String> ALWAYS_ALLOWED =
            Set.of("docx", "pdf", "xml", "csv", "txt", "utf", "iso", "atom", "rss", "reportflow", "english");

    private static final String VAADIN_SETTLED = """
            () => {
              const v = window.Vaadin;
              if (!v || !v.Flow || !v.Flow.clients) return document.readyState === 'complete';
              const clients = Object.values(v.Flow.clients);
              return clients.length > 0 && clients.every(c => !c.isActive || !c.isActive());
            }""";

    private static final String LINKS = """
            () => {
              const found = [];
              document.querySelectorAll('a[href]').forEach(a => {
                if (a.offsetParent !== null || a.getClientRects().length > 0) found.push(a.href);
              });
              document.querySelectorAll('vaadin-side-nav-item[path]').forEach(i => {
                found.push(new URL(i.getAttribute('path'), document.baseURI).href);
              });
              return found;
            }""";

    /**
     * Marks the first row of the {@code g}-th visible grid for a click (a cell without buttons, links or inputs, so
     * the click opens the row rather than acting on it); grids open their rows by click, not by link.
     */
    private static final String MARK_GRID_ROW = """
            (g) => {
              document.querySelectorAll('[data-crawl]').forEach(e => e.removeAttribute('data-crawl'));
              const grids = [...document.querySelectorAll('vaadin-grid')].filter(x => x.getClientRects().length > 0);
              const grid = grids[g];
              if (!grid || !grid.shadowRoot) return false;
              const row = [...grid.shadowRoot.querySelectorAll('#items tr')].find(r => !r.hidden && r.textContent !== null);
              if (!row) return false;
              for (const cell of row.querySelectorAll('td')) {
                const slot = cell.querySelector('slot');
                const content = slot && slot.assignedElements()[0];
                if (!content || !content.textContent.trim()) continue;
                if (content.querySelector('vaadin-button, button, a, input, vaadin-checkbox, vaadin-text-field')) continue;
                content.setAttribute('data-crawl', '1');
                return true;
              }
              return false;
            }""";

    private static final String VISIBLE_GRIDS =
            "() => [...document.querySelectorAll('vaadin-grid')].filter(x => x.getClientRects().length > 0).length";

    private final String origin;
    private final String title;
    private final Set<String> allowedWords;
    private final Set<String> keys;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    /** Every page and file each crawl reached, written to target/shipped/crawl.log for whoever reads a failure. */
    private final List<String> reached = new ArrayList<>();

    Crawler(String baseUrl, String reportTitle, Set<String> allowedWords) {
        this.origin = URI.create(baseUrl).resolve("/").toString();
        this.title = reportTitle;
        this.allowedWords = new java.util.HashSet<>(ALWAYS_ALLOWED);
        allowedWords.forEach(w -> this.allowedWords.add(w.toLowerCase(Locale.ROOT)));
        this.keys = translationKeys();
    }

    /** Crawls as the person signed in to {@code context}, from {@code start}; returns what was opened. */
    Visit crawl(String who, BrowserContext context, String start) {
        Page page = context.newPage();
        Map<String, Integer> perPattern = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String[]> queue = new ArrayDeque<>();
        queue.add(new String[] {start, "0", start});
        int pages = 0;
        int files = 0;
        while (!queue.isEmpty()) {
            String[] next = queue.poll();
            String url = next[0];
            int depth = Integer.parseInt(next[1]);
            String from = next[2];
            if (!seen.add(url) || perPattern.merge(pattern(url), 1, Integer::sum) > PER_PATTERN) {
                continue;
            }
            if (isDownload(url)) {
                // fetched while the page that offers it is still open: Vaadin's own download links live with the page
                download(who, context, url, from);
                reached.add(who + " file " + url);
                files++;
                continue;
            }
            pages++;
            reached.add(who + " page " + url);
            List<String> links = new ArrayList<>(open(who, page, url, from));
            // Files offered on the last level are fetched too: a download is what the page offers, not a page deeper.
            for (String link : links) {
                if (link.startsWith(origin) && !acts(link) && isDownload(link)) {
                    if (seen.add(link) && perPattern.merge(pattern(link), 1, Integer::sum) <= PER_PATTERN) {
                        download(who, context, link, url);
                        reached.add(who + " file " + link);
                        files++;
                    }
                }
            }
            if (depth >= 2) {
                continue;
            }
            links.addAll(rowTargets(page, url));
            for (String link : links) {
                if (link.startsWith(origin) && !acts(link) && !isDownload(link)) {
                    queue.add(new String[] {stripFragment(link), String.valueOf(depth + 1), url});
                }
            }
        }
        page.close();
        counts.merge(who, pages, Integer::sum);
        return new Visit(pages, files);
    }

    /** Where a click on the first row of each grid of the page leads (rows open by click, not by link). */
    private List<String> rowTargets(Page page, String url) {
        List<String> targets = new ArrayList<>();
        int grids = ((Number) page.evaluate(VISIBLE_GRIDS)).intValue();
        for (int g = 0; g < grids; g++) {
            try {
                if (!page.url().equals(url)) {
                    page.navigate(url);
                    page.waitForFunction(VAADIN_SETTLED, null, new Page.WaitForFunctionOptions().setTimeout(30_000));
                }
                if (!Boolean.TRUE.equals(page.evaluate(MARK_GRID_ROW, g))) {
                    continue;
                }
                page.locator("[data-crawl]").first().click();
                page.waitForTimeout(300);
                try {
                    // A loaded machine may answer the row's click late: give the page it opens a moment to come.
                    page.waitForURL(
                            address -> !address.equals(url),
                            new Page.WaitForURLOptions().setTimeout(2_000).setWaitUntil(WaitUntilState.COMMIT));
                } catch (TimeoutError e) {
                    // The row opens nothing.
                }
                page.waitForFunction(VAADIN_SETTLED, null, new Page.WaitForFunctionOptions().setTimeout(30_000));
                if (!page.url().equals(url)) {
                    targets.add(page.url());
                }
            } catch (PlaywrightException e) {
                problems.add(
                        url + ": the first row of grid " + (g + 1) + " does not open: " + firstLine(e.getMessage()));
            }
        }
        return targets;
    }

    List<String> problems() {
        return problems;
    }

    /** The files a crawl fetched, by the path of their address. */
    List<String> filesFetched(String who) {
        String prefix = who + " file ";
        return reached.stream()
                .filter(line -> line.startsWith(prefix))
                .map(line -> URI.create(line.substring(prefix.length())).getPath())
                .toList();
    }

    /** Writes what every crawl reached, one line per page or file. */
    void writeReached(Path file) throws IOException {
        Files.write(file, reached, StandardCharsets.UTF_8);
    }

    record Visit(int pages, int downloads) {}

    private List<String> open(String who, Page page, String url, String from) {
        Response response;
        try {
            response = page.navigate(url);
            page.waitForFunction(VAADIN_SETTLED, null, new Page.WaitForFunctionOptions().setTimeout(30_000));
        } catch (PlaywrightException e) {
            problems.add(who + " " + url + " (linked from " + from + "): did not load: " + firstLine(e.getMessage()));
            return List.of();
        }
        if (response != null && response.status() >= 400) {
            problems.add(who + " " + url + " (linked from " + from + "): HTTP " + response.status());
        }
        String type = response == null ? "text/html" : response.headers().getOrDefault("content-type", "");
        if (!type.contains("html")) {
            checkFile(who, url, type, response.body());
            return List.of();
        }
        String text = String.valueOf(page.evaluate("() => document.title + '\\n' + document.body.innerText"));
        for (String marker : ERROR_MARKERS) {
            if (text.contains(marker)) {
                problems.add(who + " " + url + ": shows '" + marker + "'");
            }
        }
        Set<String> rawKeys = rawKeys(text);
        if (!rawKeys.isEmpty()) {
            problems.add(who + " " + url + ": raw translation keys " + rawKeys);
        }
        Set<String> english = englishWords(text);
        if (!english.isEmpty()) {
            problems.add(who + " " + url + ": English in the Chinese UI " + english + " in: " + excerpt(text, english));
        }
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) page.evaluate(LINKS);
        return links;
    }

    private void download(String who, BrowserContext context, String url, String from) {
        APIResponse response = context.request().get(url);
        if (response.status() != 200) {
            problems.add(who + " download " + url + " (offered on " + from + "): HTTP " + response.status());
            return;
        }
        checkFile(who, url, response.headers().getOrDefault("content-type", ""), response.body());
    }

    /** A file opens in what reads its kind; the official document carries the report's title. */
    private void checkFile(String who, String url, String type, byte[] body) {
        try {
            if (body.length == 0) {
                problems.add(who + " file " + url + " (" + type + "): empty");
                return;
            }
            String content;
            boolean document = true;
            if (type.contains("pdf")) {
                try (PDDocument pdf = Loader.loadPDF(body)) {
                    content = new PDFTextStripper().getText(pdf);
                }
            } else if (type.contains("wordprocessingml")) {
                try (InputStream in = new ByteArrayInputStream(body);
                        XWPFDocument docx = new XWPFDocument(in);
                        XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
                    content = extractor.getText();
                }
            } else if (type.contains("xml")) {
                var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
                content = "";
                document = false;
            } else {
                content = new String(body, StandardCharsets.UTF_8);
                document = false;
            }
            if (document && !content.replaceAll("\\s+", "").contains(title.replaceAll("\\s+", ""))) {
                problems.add(who + " file " + url + " (" + type + "): the title '" + title + "' is not in it");
            }
        } catch (IOException
                | RuntimeException
                | javax.xml.parsers.ParserConfigurationException
                | org.xml.sax.SAXException e) {
            problems.add(who + " file " + url + " (" + type + "): does not open: " + e);
        }
    }

    private Set<String> rawKeys(String text) {
        Set<String> found = new TreeSet<>();
        for (String key : keys) {
            int at = text.indexOf(key);
            while (at >= 0) {
                boolean before = at == 0 || !isKeyChar(text.charAt(at - 1));
                int end = at + key.length();
                boolean after = end == text.length() || !isKeyChar(text.charAt(end));
                if (before && after) {
                    found.add(key);
                    break;
                }
                at = text.indexOf(key, at + 1);
            }
        }
        Matcher m = DOTTED_KEY.matcher(URL_OR_MAIL.matcher(text).replaceAll(" "));
        while (m.find()) {
            String token = m.group();
            String ending = token.substring(token.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (!DOTTED_ALLOWED_ENDINGS.contains(ending)) {
                found.add(token);
            }
        }
        return found;
    }

    private Set<String> englishWords(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = WORD.matcher(URL_OR_MAIL.matcher(text).replaceAll(" "));
        while (m.find()) {
            String word = m.group();
            if (!allowedWords.contains(word.toLowerCase(Locale.ROOT))) {
                found.add(word);
            }
        }
        return found;
    }

    private static String excerpt(String text, Set<String> words) {
        String first = words.iterator().next();
        int at = text.indexOf(first);
        int from = Math.max(0, at - 40);
        return "…"
                + text.substring(from, Math.min(text.length(), at + first.length() + 40))
                        .replace('\n', ' ') + "…";
    }

    private static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_';
    }

    /** Links that do something rather than show something. */
    private static boolean acts(String link) {
        String path = URI.create(link).getPath();
        return path.contains("logout") || link.contains("lang=") || link.contains("locale=");
    }

    private static boolean isDownload(String link) {
        String path = URI.create(link).getPath().toLowerCase(Locale.ROOT);
        return path.startsWith("/exports/")
                || path.startsWith("/vaadin/dynamic/resource/")
                || path.endsWith(".pdf")
                || path.endsWith(".docx")
                || path.contains("/files/");
    }

    private static String pattern(String url) {
        URI uri = URI.create(url);
        return DIGITS.matcher(uri.getPath()).replaceAll("{n}");
    }

    private static String stripFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** Every key of the Chinese bundles: none of them may show as such. */
    private static Set<String> translationKeys() {
        Path bundles = Path.of("src/main/resources/i18n");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(bundles)) {
            for (Path file :
                    files.filter(f -> !f.getFileName().toString().contains("_")).toList()) {
                Properties properties = new Properties();
                try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.stringPropertyNames().stream()
                        .filter(k -> k.contains("."))
                        .forEach(keys::add);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the translation bundles in " + bundles, e);
        }
        return keys;
    }
}
