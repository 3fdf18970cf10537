package com.reportflow.importing;

import com.reportflow.shared.UserFacingException;
import com.reportflow.shared.ui.Errors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where last year's report comes in: an uploaded text file or pasted text. What was read goes to the preview; a file
 * that cannot be read is named in the error line, and the preview is hidden.
 */
class ImportSource extends VerticalLayout {

    final Upload upload;
    final TextArea pasted = new TextArea(getTranslation("import.paste"));
    final Button readPasted = new Button(getTranslation("import.read"));
    final Div error = new Div();

    private final Consumer<ImportedReport> show;
    private final Runnable hidePreview;

    ImportSource(ReportImport service, Consumer<ImportedReport> show, Runnable hidePreview) {
        this.show = show;
        this.hidePreview = hidePreview;
        setPadding(false);

        // Reads at most one byte over the limit, whatever size the browser announced, so an oversized upload is
        // refused without being held in memory.
        upload = new Upload((UploadHandler) event -> {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(ImportDecoding.MAX_BYTES + 1);
            }
            received(() -> service.preview(bytes));
        });
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImportDecoding.MAX_BYTES);
        upload.setAcceptedFileTypes("text/plain", ".txt");
        upload.setI18n(uploadTexts());
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        upload.addFileRejectedListener(e -> showError(getTranslation("import.rejected", e.getErrorMessage())));

        pasted.setWidthFull();
        pasted.setMinHeight("10em");
        pasted.setMaxHeight("16em");
        readPasted.addClickListener(e -> read(() -> service.preview(pasted.getValue())));
        error.addClassName("error");
        error.setVisible(false);
        add(upload, pasted, readPasted, error);
    }

    /** Called by the upload in its request; the preview is shown under the UI's lock. */
    private void received(Supplier<ImportedReport> reading) {
        ImportedReport report;
        try {
            report = reading.get();
        } catch (UserFacingException e) {
            getUI().ifPresent(ui -> ui.access(() -> showError(Errors.message(this, e))));
            return;
        }
        getUI().ifPresent(ui -> ui.access(() -> shown(report)));
    }

    private void read(Supplier<ImportedReport> reading) {
        ImportedReport[] report = new ImportedReport[1];
        error.setVisible(false);
        if (Errors.attempt(this, () -> report[0] = reading.get())) {
            shown(report[0]);
        } else {
            hidePreview.run();
        }
    }

    private void shown(ImportedReport report) {
        error.setVisible(false);
        show.accept(report);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        hidePreview.run();
    }

    /** The upload's own texts (button, refusals, progress), which Vaadin ships in English only. */
    private UploadI18N uploadTexts() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(getTranslation("import.upload.add"))
                        .setMany(getTranslation("import.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(getTranslation("import.upload.drop"))
                        .setMany(getTranslation("import.upload.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("import.upload.too-many"))
                        .setFileIsTooBig(getTranslation("import.upload.too-big"))
                        .setIncorrectFileType(getTranslation("import.upload.wrong-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("import.upload.connecting"))
                                .setStalled(getTranslation("import.upload.stalled"))
                                .setProcessing(getTranslation("import.upload.processing"))
                                .setHeld(getTranslation("import.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("import.upload.remaining"))
                                .setUnknown(getTranslation("import.upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("import.upload.server-unavailable"))
                                .setUnexpectedServerError(getTranslation("import.upload.server-error"))
                                .setForbidden(getTranslation("import.upload.forbidden"))
                                .setFileTooLarge(getTranslation("import.upload.too-big"))))
                .setFile(new UploadI18N.File()
                        .setRetry(getTranslation("import.upload.retry"))
                        .setStart(getTranslation("import.upload.start"))
                        .setRemove(getTranslation("import.upload.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
    }
}
