package com.reportflow.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The official document as DOCX, laid out after GB/T 9704-2012: the title in 2号 小标宋 centred, the state line
 * under it, the body in 3号 仿宋 with a two-character first-line indent, level-1 headings in 黑体, level-2 in 楷体,
 * levels 3 and 4 in 仿宋, issuer and closing date at the end (7.3.5.2, a document without a seal), page numbers
 * "— 1 —" outside (odd pages right, even pages left, one character in).
 *
 * <p>The revision of each section is stated in a table of revisions on a page of its own after the closing date,
 * rather than in notes after the headings: the body stays as the leadership group reads and the director signs it,
 * and a bureau can drop the last page. A document none of whose sections states a revision has no such page.
 */
public final class DocxExport {

    private DocxExport() {}

    /** The document as the bytes of a .docx file; equal input gives equal bytes. */
    public static byte[] write(ExportedReport report) {
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxPageSetup.apply(doc);
            body(doc, report);
            properties(doc, report);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return DeterministicZip.rewrite(out.toByteArray(), ExportTime.local(report.generatedAt()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void body(XWPFDocument doc, ExportedReport report) {
        XWPFParagraph title = DocxParagraphs.add(doc, ParagraphAlignment.CENTER, 0);
        // Off the character grid: snapped to it, each 22 pt character would take two 15.79 pt cells.
        DocxParagraphs.offCharacterGrid(title);
        DocxParagraphs.run(title, report.title(), DocxFonts.TITLE, OfficialLayout.TITLE_PT);
        String state = DocumentText.stateLine(report.stateLabel());
        if (!state.isEmpty()) {
            XWPFParagraph stateLine = DocxParagraphs.add(doc, ParagraphAlignment.CENTER, 0);
            DocxParagraphs.run(stateLine, state, DocxFonts.KAI, OfficialLayout.BODY_PT);
        }
        DocxParagraphs.add(doc, ParagraphAlignment.BOTH, 0);
        for (ExportedHeading heading : report.headings()) {
            if (!heading.numberedHeading().isBlank()) {
                XWPFParagraph p = DocxParagraphs.add(doc, ParagraphAlignment.BOTH, 2);
                DocxParagraphs.heading(p, heading.depth());
                DocxParagraphs.run(
                        p, heading.numberedHeading(), DocxFonts.heading(heading.depth()), OfficialLayout.BODY_PT);
            }
            for (String text : heading.paragraphs()) {
                XWPFParagraph p = DocxParagraphs.add(doc, ParagraphAlignment.BOTH, 2);
                DocxParagraphs.run(p, text, DocxFonts.FANGSONG, OfficialLayout.BODY_PT);
            }
        }
        closing(doc, report);
        if (report.statesRevisions()) {
            revisions(doc, report);
        }
    }

    private static void closing(XWPFDocument doc, ExportedReport report) {
        String date = DocumentText.closingDate(report);
        if (report.issuer().isBlank() && date.isEmpty()) {
            return;
        }
        DocxParagraphs.add(doc, ParagraphAlignment.BOTH, 0);
        double[] indents = DocumentText.closingIndents(report.issuer(), date);
        if (!report.issuer().isBlank()) {
            XWPFParagraph issuer = DocxParagraphs.add(doc, ParagraphAlignment.RIGHT, 0);
            DocxParagraphs.rightIndent(issuer, indents[0]);
            DocxParagraphs.run(issuer, report.issuer(), DocxFonts.FANGSONG, OfficialLayout.BODY_PT);
        }
        if (!date.isEmpty()) {
            XWPFParagraph closingDate = DocxParagraphs.add(doc, ParagraphAlignment.RIGHT, 0);
            DocxParagraphs.rightIndent(closingDate, indents[1]);
            DocxParagraphs.run(closingDate, date, DocxFonts.FANGSONG, OfficialLayout.BODY_PT);
        }
    }

    private static void revisions(XWPFDocument doc, ExportedReport report) {
        XWPFParagraph title = DocxParagraphs.add(doc, ParagraphAlignment.CENTER, 0);
        title.setPageBreak(true);
        DocxParagraphs.run(title, DocumentText.REVISIONS_TITLE, DocxFonts.HEI, OfficialLayout.BODY_PT);
        DocxParagraphs.add(doc, ParagraphAlignment.BOTH, 0);
        XWPFTable table = doc.createTable(1, 2);
        DocxTables.layout(table);
        DocxTables.header(
                table.getRow(0), DocumentText.REVISIONS_SECTION_COLUMN, DocumentText.REVISIONS_REVISION_COLUMN);
        for (ExportedHeading heading : report.headings()) {
            if (heading.revision() != null) {
                XWPFTableRow row = table.createRow();
                DocxTables.row(row, heading.numberedHeading(), DocumentText.revision(heading.revision()));
            }
        }
    }

    private static void properties(XWPFDocument doc, ExportedReport report) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        Optional<Date> at = Optional.of(Date.from(report.generatedAt()));
        core.setCreated(at);
        core.setModified(at);
        core.setTitle(DocumentText.printable(report.title()));
        core.setCreator(DocumentText.printable(report.issuer()));
        core.setLastModifiedByUser(DocumentText.printable(report.issuer()));
        doc.getProperties().getExtendedProperties().setApplication("ReportFlow");
    }
}
