package com.reportflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.ReportSteps;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The disclosure pages as an anonymous visitor on the internet gets them over HTTP: published reports only, every
 * value escaped, and nothing else of the application reachable without logging in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesTest {

    static final String SCRIPT = "<script>alert(1)</script>";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    long publishedReport;
    String publishedTitle;
    String indexNumber;
    long firstSection;
    long signedReport;
    String signedTitle;

    @BeforeAll
    void publishOneReportAndLeaveAnotherSignedButUnpublished() {
        ReportSteps steps = new ReportSteps(context);
        String tag = UUID.randomUUID().toString().substring(0, 8);

        publishedTitle = "公开页测试报告-" + tag;
        publishedReport = steps.drafting(false);
        firstSection = steps.sectionIds(publishedReport).getFirst();
        steps.approveAll(
                publishedReport,
                sectionId -> sectionId == firstSection
                        ? "一是依法决策。" + SCRIPT + "\n\n二是<!DOCTYPE x [<!ENTITY e \"boom\">]>&e;"
                        : "正文段落 " + sectionId);
        steps.compile(publishedReport, publishedTitle);
        steps.pass(publishedReport);
        steps.signOff(publishedReport);
        indexNumber = steps.publish(
                publishedReport,
                new DisclosureMetadata(
                        "某教发〔2026〕3号", "科技、教育", "报告", "某某市教育局<b>办公室</b>", "有效", LocalDate.now(), LocalDate.now()));

        signedTitle = "已签发未公开报告-" + tag;
        signedReport = steps.publishing(signedTitle);
    }

    @Test
    void the_catalogue_is_open_to_anyone_and_lists_only_published_reports() throws Exception {
        HttpResponse<String> page = get("/public/reports");
        assertThat(page.body()).as("grouped by report year").contains("年度</h2>");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body())
                .contains(publishedTitle, indexNumber, "/public/reports/" + publishedReport)
                .doesNotContain(signedTitle, "/public/reports/" + signedReport);
        assertThat(get("/public").statusCode()).isEqualTo(200);
    }

    @Test
    void a_published_report_shows_its_disclosure_metadata_and_the_numbered_text() throws Exception {
        HttpResponse<String> page = get("/public/reports/" + publishedReport);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("索引号", "发文字号", "主题分类", "体裁分类", "发布机构", "成文日期", "发布日期")
                .contains(
                        indexNumber,
                        "某教发〔2026〕3号",
                        "科技、教育",
                        "<td>报告</td>",
                        "有效",
                        LocalDate.now().toString())
                .contains(publishedTitle, "某某市教育局", formatted(LocalDate.now()))
                .contains("一、主要举措和成效", "（一）依法全面履行政府职能", "（七）加强法治政府建设的组织领导", "二、党政主要负责人履行推进法治建设第一责任人职责情况", "五、其他需要报告的情况")
                .contains("<p>一是依法决策。", "正文段落 ");
    }

    @Test
    void markup_typed_into_a_report_appears_as_text_never_as_a_tag() throws Exception {
        String body = get("/public/reports/" + publishedReport).body();

        assertThat(body)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain(SCRIPT)
                .doesNotContainIgnoringCase("<script");
        assertThat(body)
                .contains("&lt;!DOCTYPE x [&lt;!ENTITY e")
                .contains("&amp;e;")
                .doesNotContain("二是boom");
        assertThat(body).contains("某某市教育局&lt;b&gt;办公室&lt;/b&gt;").doesNotContain("<b>办公室</b>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"unpublished", "999999999", "0", "-1", "abc", "1.5", "99999999999999999999999"})
    void a_report_that_is_not_published_or_does_not_exist_is_not_found(String id) throws Exception {
        String path = "/public/reports/" + ("unpublished".equals(id) ? String.valueOf(signedReport) : id);
        HttpResponse<String> page = get(path);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain(signedTitle, "索引号");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/reports",
                "/reports/new",
                "/monitoring",
                "/done",
                "/sections/1/draft",
                "/reports/1/publish",
                "/public.css",
                "/h2-console",
                "/actuator"
            })
    void everything_outside_the_public_pages_sends_an_anonymous_visitor_to_the_login(String path) throws Exception {
        HttpResponse<String> page = get(path);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(
                        location -> assertThat(URI.create(location).getPath()).isEqualTo("/login"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/public/../reports",
                "/public/%2e%2e/reports",
                "/public/..;/reports",
                "/public/reports/..%2f..%2freports",
                "/public//../monitoring"
            })
    void a_path_that_climbs_out_of_the_public_pages_is_rejected(String path) throws Exception {
        HttpResponse<String> page = get(path);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).doesNotContain(publishedTitle, signedTitle);
    }

    @Test
    void the_login_page_and_the_public_stylesheet_are_the_only_other_anonymous_resources() throws Exception {
        for (String path : List.of("/login", "/public/public.css")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html")
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String formatted(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
