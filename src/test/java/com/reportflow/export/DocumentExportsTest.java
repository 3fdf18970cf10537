package com.reportflow.export;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.ReportSteps;
import com.reportflow.compilation.CompilationService;
import com.reportflow.publication.PublicCatalogue;
import com.reportflow.publication.PublicationAmendments;
import com.reportflow.publication.PublicationService;
import com.reportflow.report.ReportDocument;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The official document as the people working on a report and the public download it: from compile on, stating
 * its state; identical at every download once signed; anonymous only for published reports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DocumentExportsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DocumentExports exports;

    @Autowired
    PublicationService publication;

    @Autowired
    PublicationAmendments amendments;

    @Autowired
    CompilationService compilation;

    @Autowired
    PublicCatalogue catalogue;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_report_in_deliberation_exports_as_the_deliberation_draft_with_its_text() throws Exception {
        long reportId = new ReportSteps(context).deliberating("导出审议稿测试");

        DocumentExports.ExportFile pdf = as("secretary", () -> exports.current(reportId, DocumentExports.Format.PDF));
        DocumentExports.ExportFile docx =
                as("coordinator", () -> exports.current(reportId, DocumentExports.Format.DOCX));

        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.fileName()).endsWith("审议稿.pdf");
        assertThat(text(pdf.content())).contains("导出审议稿测试", "审议稿", "一、主要举措和成效");
        assertThat(docx.content()).startsWith('P', 'K');
    }

    @Test
    void a_signed_report_exports_identically_at_every_download() {
        ReportSteps steps = new ReportSteps(context);
        long reportId = steps.publishing("导出签发稿测试");

        byte[] first = as("director", () -> exports.current(reportId, DocumentExports.Format.PDF))
                .content();
        byte[] second = as("coordinator", () -> exports.current(reportId, DocumentExports.Format.PDF))
                .content();
        byte[] docx1 = as("director", () -> exports.current(reportId, DocumentExports.Format.DOCX))
                .content();
        byte[] docx2 = as("admin", () -> exports.current(reportId, DocumentExports.Format.DOCX))
                .content();

        assertThat(second).isEqualTo(first);
        assertThat(docx2).isEqualTo(docx1);
    }

    @Test
    void nothing_exports_before_compile_and_only_report_readers_export() {
        ReportSteps steps = new ReportSteps(context);
        long drafting = steps.drafting(false);
        long compiled = steps.deliberating("权限测试");

        assertThatThrownBy(() -> as("coordinator", () -> exports.current(drafting, DocumentExports.Format.DOCX)))
                .isInstanceOf(InvalidInputException.class);
        for (String user : List.of("author", "author2", "officehead", "hr", "inspector", "policy")) {
            assertThatThrownBy(() -> as(user, () -> exports.current(compiled, DocumentExports.Format.PDF)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_public_downloads_a_published_report_anonymously_and_nothing_else() throws Exception {
        ReportSteps steps = new ReportSteps(context);
        long published = steps.publishing("公开下载测试");
        steps.publish(published);
        long unpublished = steps.publishing("未公开下载测试");

        HttpResponse<byte[]> pdf = get("/public/reports/" + published + "/report.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(text(pdf.body())).contains("公开下载测试");
        assertThat(get("/public/reports/" + published + "/report.docx").statusCode())
                .isEqualTo(200);
        assertThat(get("/public/reports/" + unpublished + "/report.pdf").statusCode())
                .isEqualTo(404);
        assertThat(get("/public/reports/" + published + "/report.exe").statusCode())
                .isEqualTo(404);
        assertThat(get("/exports/reports/" + published + ".pdf").statusCode())
                .as("the working copies need a login")
                .isIn(302, 401, 403);

        as("coordinator", () -> amendments.withdraw(published, "测试撤回"));
        assertThat(get("/public/reports/" + published + "/report.pdf").statusCode())
                .isEqualTo(404);
    }

    @Test
    void the_documents_written_date_is_the_disclosure_metadatas_not_the_date_proposed_at_compile() throws Exception {
        ReportSteps steps = new ReportSteps(context);
        long reportId = steps.compiling();
        LocalDate proposed = LocalDate.now().plusDays(5);
        as("coordinator", () -> compilation.sendToDeliberation(reportId, "成文日期一致测试", ReportSteps.ISSUER, proposed));
        steps.pass(reportId);
        steps.signOff(reportId);
        steps.publish(reportId);

        LocalDate written = as("coordinator", () -> publication.publication(reportId))
                .orElseThrow()
                .getWrittenDate();
        String date = ReportDocument.formatDate(written);
        byte[] signedPdf = as("director", () -> exports.current(reportId, DocumentExports.Format.PDF))
                .content();
        byte[] publicPdf = exports.published(reportId, DocumentExports.Format.PDF)
                .orElseThrow()
                .content();
        byte[] publicDocx = exports.published(reportId, DocumentExports.Format.DOCX)
                .orElseThrow()
                .content();

        assertThat(text(signedPdf)).contains(date).doesNotContain(ReportDocument.formatDate(proposed));
        assertThat(text(publicPdf)).contains(date).doesNotContain(ReportDocument.formatDate(proposed));
        assertThat(docxText(publicDocx)).contains(date).doesNotContain(ReportDocument.formatDate(proposed));
        assertThat(catalogue.published(reportId).orElseThrow().document().closingDate())
                .as("the public page prints the same date")
                .isEqualTo(written);
    }

    @Test
    void before_the_sign_off_the_documents_print_the_proposed_date_marked_as_proposed() throws Exception {
        ReportSteps steps = new ReportSteps(context);
        long reportId = steps.compiling();
        LocalDate proposed = LocalDate.now().plusDays(5);
        as("coordinator", () -> compilation.sendToDeliberation(reportId, "拟定成文日期测试", ReportSteps.ISSUER, proposed));
        String marked = ReportDocument.formatDate(proposed) + "（拟）";

        byte[] pdf = as("secretary", () -> exports.current(reportId, DocumentExports.Format.PDF))
                .content();
        byte[] docx = as("coordinator", () -> exports.current(reportId, DocumentExports.Format.DOCX))
                .content();

        assertThat(text(pdf)).contains(marked);
        assertThat(docxText(docx)).contains(marked);

        steps.pass(reportId);
        steps.signOff(reportId);
        byte[] signed = as("director", () -> exports.current(reportId, DocumentExports.Format.DOCX))
                .content();
        assertThat(docxText(signed)).doesNotContain("（拟）");
    }

    private static String docxText(byte[] docx) throws Exception {
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText().replaceAll("\\s+", "");
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
