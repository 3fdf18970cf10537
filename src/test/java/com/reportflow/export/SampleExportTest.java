package com.reportflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each published sample report, parsed minimally, exported to both formats and read back. */
class SampleExportTest {

    private static PdfExport pdf;

    @BeforeAll
    static void fonts() {
        pdf = new PdfExport(ExportFonts.defaults());
    }

    @AfterAll
    static void closeFonts() {
        pdf.close();
    }

    static Stream<Path> samples() {
        return SampleReports.all().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void the_docx_of_a_sample_holds_every_heading_and_paragraph_in_order(Path sample) throws IOException {
        ExportedReport report = SampleReports.read(sample);
        assertThat(ExportedText.blocks(report)).as("the parse found text").hasSizeGreaterThan(10);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxExport.write(report)))) {
            List<String> texts =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();

            assertThat(texts).containsSubsequence(ExportedText.blocks(report));
            assertThat(doc.getTables()).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void the_pdf_of_a_sample_reads_back_every_heading_and_paragraph_in_order(Path sample) throws IOException {
        ExportFixtures.assumeDefaultFontsInstalled();
        ExportedReport report = SampleReports.read(sample);
        byte[] bytes = pdf.write(report);

        try (PDDocument doc = PdfReading.open(bytes)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            ExportedText.assertInOrder(PdfReading.bodyText(doc), ExportedText.blocks(report));
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                assertThat(PdfReading.lines(doc, page))
                        .as("page %d", page)
                        .filteredOn(PdfReading.Line::isPageNumber)
                        .extracting(l -> l.text().strip())
                        .containsExactly("— " + page + " —");
            }
        }
        assertThat(pdf.write(SampleReports.read(sample))).as("same bytes again").isEqualTo(bytes);
    }
}
