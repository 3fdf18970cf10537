package com.reportflow.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The official document as PDF: the same content, order and page geometry as {@link DocxExport}, with the fonts of
 * {@link ExportFonts} subset-embedded so that the text can be searched and copied. Equal input gives equal bytes:
 * the dates are the report's {@code generatedAt} and the file identifier is a digest of the content.
 */
public final class PdfExport implements AutoCloseable {

    private final ExportFonts fonts;
    private final FontLibrary library = new FontLibrary();

    /** Opens no file yet: the fonts are parsed at the first export and kept until {@link #close()}. */
    public PdfExport(ExportFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * The document as the bytes of a .pdf file. One export at a time: the parsed fonts are shared and not
     * thread-safe.
     *
     * @throws com.reportflow.shared.InvalidInputException {@code export.font-missing} when a font file is absent,
     *     {@code export.font-unusable} when it cannot be embedded
     */
    public synchronized byte[] write(ExportedReport report) {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts loaded = PdfFonts.load(fonts, library, doc);
            PdfPainter.paint(
                    doc, PdfPages.paginate(PdfComposer.compose(report, loaded), OfficialLayout.LINES_PER_PAGE), loaded);
            describe(doc, report);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Releases the font files. */
    @Override
    public synchronized void close() {
        library.close();
    }

    private static void describe(PDDocument doc, ExportedReport report) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(report.title());
        info.setAuthor(report.issuer());
        info.setCreator("ReportFlow");
        info.setProducer("ReportFlow");
        Calendar at = ExportTime.calendar(report.generatedAt());
        info.setCreationDate(at);
        info.setModificationDate(at);
        doc.getDocumentCatalog().setLanguage("zh-CN");
        byte[] id = Arrays.copyOf(digest(report), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** A digest of everything the document shows, for the file identifier that PDFBox would otherwise randomise. */
    private static byte[] digest(ExportedReport report) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            field(sha, report.title());
            field(sha, report.issuer());
            field(sha, String.valueOf(report.closingDate()));
            field(sha, report.stateLabel());
            field(sha, report.generatedAt().toString());
            for (ExportedHeading h : report.headings()) {
                field(sha, h.depth() + "|" + h.number() + "|" + h.heading() + "|" + h.revision());
                for (String p : h.paragraphs()) {
                    field(sha, p);
                }
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static void field(MessageDigest sha, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update((byte) (bytes.length >>> 24));
        sha.update((byte) (bytes.length >>> 16));
        sha.update((byte) (bytes.length >>> 8));
        sha.update((byte) bytes.length);
        sha.update(bytes);
    }
}
