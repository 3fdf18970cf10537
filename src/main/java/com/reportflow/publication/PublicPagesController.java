package com.reportflow.publication;

import com.reportflow.report.ReportDocument;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public disclosure pages: plain server-rendered HTML under /public/, no login, no script, so that a bureau
 * can expose this one path to the internet. Every value is escaped by the template.
 */
@Controller
class PublicPagesController {

    private final PublicCatalogue catalogue;

    PublicPagesController(PublicCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping({"/public", "/public/", "/public/reports"})
    String catalogue(Model model) {
        model.addAttribute("reports", catalogue.published());
        return "public/catalogue";
    }

    @GetMapping("/public/reports/{reportId}")
    String report(@PathVariable String reportId, Model model) {
        long id;
        try {
            id = Long.parseLong(reportId);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        PublicCatalogue.PublishedReport published =
                catalogue.published(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("meta", published.metadata());
        model.addAttribute("doc", published.document());
        model.addAttribute("closingDate", published.document().closingDateText());
        model.addAttribute("paragraphs", new Paragraphs());
        return "public/report";
    }

    /** Lets the template split a section's text into paragraphs. */
    static final class Paragraphs {

        public java.util.List<String> of(String body) {
            return ReportDocument.paragraphs(body);
        }
    }
}
