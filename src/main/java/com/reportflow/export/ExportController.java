package com.reportflow.export;

import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.shared.UserFacingException;
import com.reportflow.shared.ui.ErrorPages;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * Downloads of the official document: {@code /exports/reports/{id}.docx|pdf} for signed-in readers of reports (the
 * security chain lets every signed-in person through; the service decides who may read, and audits a refusal),
 * {@code /public/reports/{id}/report.docx|pdf} for anyone, published reports only. What cannot be downloaded is
 * answered with a page in the person's language, never with JSON.
 */
@Controller
class ExportController {

    private final DocumentExports exports;
    private final ErrorPages errorPages;

    ExportController(DocumentExports exports, ErrorPages errorPages) {
        this.exports = exports;
        this.errorPages = errorPages;
    }

    @GetMapping("/exports/reports/{file:\\d{1,18}\\.[a-z]{3,4}}")
    ResponseEntity<byte[]> current(@PathVariable String file) {
        String[] parts = file.split("\\.");
        DocumentExports.Format format = DocumentExports.Format.of(parts[1]).orElseThrow(NotFoundException::new);
        return send(exports.current(Long.parseLong(parts[0]), format));
    }

    @GetMapping("/public/reports/{reportId:\\d{1,18}}/report.{extension:[a-z]{3,4}}")
    ResponseEntity<byte[]> published(@PathVariable String reportId, @PathVariable String extension) {
        DocumentExports.Format format = DocumentExports.Format.of(extension).orElseThrow(NotFoundException::new);
        return send(exports.published(Long.parseLong(reportId), format).orElseThrow(NotFoundException::new));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView refused(HttpServletRequest request) {
        return errorPages.page(request, HttpStatus.FORBIDDEN, null);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView missing(HttpServletRequest request) {
        return errorPages.page(request, HttpStatus.NOT_FOUND, null);
    }

    /** A refusal the person reads: not compiled yet, a font missing on the server. */
    @ExceptionHandler(UserFacingException.class)
    ModelAndView notNow(HttpServletRequest request, UserFacingException e) {
        return errorPages.page(request, HttpStatus.CONFLICT, e.messageKey(), e.args());
    }

    private static ResponseEntity<byte[]> send(DocumentExports.ExportFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.content());
    }
}
