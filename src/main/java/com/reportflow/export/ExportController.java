package com.reportflow.export;

import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.shared.UserFacingException;
import com.reportflow.shared.ui.Translations;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloads of the official document: {@code /exports/reports/{id}.docx|pdf} for signed-in readers of reports (the
 * service checks who), {@code /public/reports/{id}/report.docx|pdf} for anyone, published reports only.
 */
@Controller
class ExportController {

    private final DocumentExports exports;
    private final Translations translations;

    ExportController(DocumentExports exports, Translations translations) {
        this.exports = exports;
        this.translations = translations;
    }

    @GetMapping("/exports/reports/{file:\\d{1,18}\\.[a-z]{3,4}}")
    ResponseEntity<byte[]> current(@PathVariable String file) {
        String[] parts = file.split("\\.");
        DocumentExports.Format format = DocumentExports.Format.of(parts[1]).orElseThrow(ExportController::notFound);
        try {
            return send(exports.current(Long.parseLong(parts[0]), format));
        } catch (AccessDeniedException e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        } catch (NotFoundException e) {
            throw notFound();
        } catch (UserFacingException e) {
            return refusal(e);
        }
    }

    /** A refusal the person reads (not compiled yet, a font missing on the server), as plain text. */
    private ResponseEntity<byte[]> refusal(UserFacingException e) {
        String message = translations.getTranslation(e.messageKey(), Locale.SIMPLIFIED_CHINESE, e.args());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(message.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/public/reports/{reportId:\\d{1,18}}/report.{extension:[a-z]{3,4}}")
    ResponseEntity<byte[]> published(@PathVariable String reportId, @PathVariable String extension) {
        DocumentExports.Format format = DocumentExports.Format.of(extension).orElseThrow(ExportController::notFound);
        try {
            return send(exports.published(Long.parseLong(reportId), format).orElseThrow(ExportController::notFound));
        } catch (UserFacingException e) {
            return refusal(e);
        }
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

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
