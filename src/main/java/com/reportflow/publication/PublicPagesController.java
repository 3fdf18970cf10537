package com.reportflow.publication;

import com.reportflow.report.ReportDocument;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public disclosure pages: plain server-rendered HTML under /public/, no login, no script, so that a bureau
 * can expose this one path to the internet. Every value is escaped by the template. The Atom feed lets a
 * government portal pull new publications and corrections.
 */
@Controller
class PublicPagesController {

    private final PublicCatalogue catalogue;
    private final AtomFeed feed;

    PublicPagesController(PublicCatalogue catalogue, AtomFeed feed) {
        this.catalogue = catalogue;
        this.feed = feed;
    }

    @GetMapping({"/public", "/public/", "/public/reports"})
    String catalogue(Model model) {
        List<PublicCatalogue.PublishedReport> reports = catalogue.published();
        model.addAttribute("reports", reports);
        model.addAttribute(
                "years",
                reports.stream()
                        .map(PublicCatalogue.PublishedReport::year)
                        .distinct()
                        .toList());
        return "public/catalogue";
    }

    @GetMapping("/public/reports/{reportId}")
    String report(@PathVariable String reportId, Model model) {
        PublicCatalogue.PublishedReport published =
                catalogue.published(id(reportId)).orElseThrow(PublicPagesController::notFound);
        show(model, published, published.document(), null);
        return "public/report";
    }

    @GetMapping("/public/reports/{reportId}/versions/{number}")
    String version(@PathVariable String reportId, @PathVariable String number, Model model) {
        long id = id(reportId);
        int n = (int) Math.min(id(number), Integer.MAX_VALUE);
        PublicCatalogue.PublishedReport published = catalogue
                .published(id)
                .filter(p -> !p.metadata().isWithdrawn())
                .orElseThrow(PublicPagesController::notFound);
        PublishedVersion version = catalogue
                .version(id, n)
                .filter(v -> v.getChange() != PublishedVersion.Change.WITHDRAWN)
                .orElseThrow(PublicPagesController::notFound);
        show(model, published, version.document(), version);
        return "public/report";
    }

    @GetMapping(value = "/public/feed.atom", produces = "application/atom+xml;charset=UTF-8")
    ResponseEntity<String> feed() {
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(feed.render(base, catalogue.published()));
    }

    private static void show(
            Model model, PublicCatalogue.PublishedReport published, ReportDocument text, PublishedVersion version) {
        model.addAttribute("published", published);
        model.addAttribute("meta", published.metadata());
        model.addAttribute("doc", text);
        model.addAttribute("version", version);
        model.addAttribute("closingDate", text.closingDateText());
        model.addAttribute("paragraphs", new Paragraphs());
        model.addAttribute("dates", new Dates());
    }

    private static long id(String path) {
        if (!path.matches("\\d{1,18}")) {
            throw notFound();
        }
        return Long.parseLong(path);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** Lets the template split a section's text into paragraphs. */
    static final class Paragraphs {

        public List<String> of(String body) {
            return ReportDocument.paragraphs(body);
        }
    }

    /** Dates as official documents write them: 2026年1月21日. */
    static final class Dates {

        public String of(Instant instant) {
            return instant == null
                    ? ""
                    : ReportDocument.formatDate(
                            instant.atZone(ZoneId.systemDefault()).toLocalDate());
        }
    }
}
