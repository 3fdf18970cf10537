package com.reportflow.publication;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.ReportSteps;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.HistoryEntry;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportStage;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.UserFacingException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * After publication: the Atom feed a portal pulls, corrections that keep the earlier version readable, and withdrawal
 * from the catalogue — as an anonymous visitor gets them over HTTP, and refused to everyone but the coordinator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicationAmendmentsTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    PublicationService publication;

    @Autowired
    PublicationAmendments amendments;

    @Autowired
    ReportQueries queries;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_feed_lists_published_reports_for_anyone_as_valid_atom_with_their_stable_pages() throws Exception {
        String title = "订阅测试报告<b>" + UUID.randomUUID().toString().substring(0, 6) + "</b>";
        long reportId = publish(title, "原文。");

        HttpResponse<String> response = get("/public/feed.atom");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
        Element entry = entryTitled(atom(response.body()), title);
        assertThat(entry).as("the title is escaped text, never markup").isNotNull();
        Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
        assertThat(link.getAttribute("href")).endsWith("/public/reports/" + reportId);
        assertThat(entry.getElementsByTagNameNS(ATOM, "summary").item(0).getTextContent())
                .contains("索引号：", "发布机构：");
        assertThat(get("/public/reports").body()).contains("/public/feed.atom");
    }

    @Test
    void a_correction_is_published_with_its_reason_and_the_first_version_stays_readable() throws Exception {
        String title = "更正测试报告-" + UUID.randomUUID().toString().substring(0, 6);
        long reportId = publish(title, "全年办结事项56件。");
        long section = firstSection(reportId);

        int version = as(
                "coordinator",
                () -> amendments.correct(
                        reportId,
                        new Correction(
                                title, "某教发〔2026〕3号", "有效", Map.of(section, "全年办结事项65件。"), "第（一）部分数字有误，56件应为65件。")));

        assertThat(version).isEqualTo(2);
        String page = get("/public/reports/" + reportId).body();
        assertThat(page).contains("全年办结事项65件。", "更正说明", "第（一）部分数字有误，56件应为65件。").doesNotContain("全年办结事项56件。");
        assertThat(page).contains("/public/reports/" + reportId + "/versions/1");
        String first = get("/public/reports/" + reportId + "/versions/1").body();
        assertThat(first).contains("全年办结事项56件。", "这是首次发布的版本。");
        assertThat(entryTitled(atom(get("/public/feed.atom").body()), title)
                        .getElementsByTagNameNS(ATOM, "summary")
                        .item(0)
                        .getTextContent())
                .contains("已更正");
        assertThat(as("coordinator", () -> queries.reportHistory(reportId)))
                .extracting(HistoryEntry::getAction)
                .contains(HistoryAction.PUBLICATION_CORRECTED);
        assertThat(as("coordinator", () -> queries.document(reportId)).entries())
                .as("the signed text itself is not changed by a correction of the publication")
                .anyMatch(e -> "全年办结事项56件。".equals(e.body()));
    }

    @Test
    void a_withdrawn_report_leaves_the_catalogue_and_the_feed_and_its_page_says_why() throws Exception {
        String title = "撤回测试报告-" + UUID.randomUUID().toString().substring(0, 6);
        long reportId = publish(title, "将被撤回的正文。");

        as("coordinator", () -> amendments.withdraw(reportId, "含有不宜公开的内容，经审查撤回。"));

        assertThat(get("/public/reports").body()).doesNotContain(title);
        assertThat(entryTitled(atom(get("/public/feed.atom").body()), title)).isNull();
        HttpResponse<String> page = get("/public/reports/" + reportId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("本信息已撤回", "含有不宜公开的内容，经审查撤回。").doesNotContain("将被撤回的正文。");
        assertThat(get("/public/reports/" + reportId + "/versions/1").statusCode())
                .isEqualTo(404);
        assertThat(as("coordinator", () -> amendments.versions(reportId)))
                .extracting(PublishedVersion::getChange)
                .containsExactly(PublishedVersion.Change.PUBLISHED, PublishedVersion.Change.WITHDRAWN);
        assertThatThrownBy(() -> as(
                        "coordinator",
                        () -> amendments.correct(reportId, new Correction(title, null, "有效", Map.of(), "再更正"))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_withdrawn_reports_page_no_longer_says_it_is_valid_and_the_report_is_withdrawn_inside() throws Exception {
        String title = "撤回有效性测试-" + UUID.randomUUID().toString().substring(0, 6);
        long reportId = publish(title, "正文。");

        as("coordinator", () -> amendments.withdraw(reportId, "经审查撤回。"));

        String page = get("/public/reports/" + reportId).body();
        assertThat(page).contains("<th>有效性</th><td>失效（已撤回）</td>").doesNotContain("<td>有效</td>");
        assertThat(as("coordinator", () -> queries.summary(reportId)).stage()).isEqualTo(ReportStage.WITHDRAWN);
        assertThat(as("coordinator", () -> amendments.mayAmend(reportId))).isFalse();
    }

    @Test
    void only_the_coordinator_corrects_or_withdraws_and_bad_corrections_change_nothing() throws Exception {
        String title = "权限测试报告-" + UUID.randomUUID().toString().substring(0, 6);
        long reportId = publish(title, "正文。");
        long section = firstSection(reportId);
        Correction fine = new Correction(title, null, "有效", Map.of(section, "改后的正文。"), "更正错字。");
        for (String user : List.of("author", "officehead", "advisor", "secretary", "director", "admin")) {
            assertThatThrownBy(() -> as(user, () -> amendments.correct(reportId, fine)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> amendments.withdraw(reportId, "越权撤回")))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertRefused(reportId, "error.required", new Correction(title, null, "有效", Map.of(section, "改"), "  "));
        assertRefused(
                reportId, "error.correction.unchanged", new Correction(title, "某教发〔2026〕3号", "有效", Map.of(), "无修改"));
        assertRefused(reportId, "error.section.empty", new Correction(title, null, "有效", Map.of(section, " \n"), "清空"));
        assertRefused(
                reportId,
                "error.control-characters",
                new Correction(title, null, "有效", Map.of(section, "正文\u0007"), "控制字符"));
        assertRefused(
                reportId, "error.publication.document-number", new Correction(title, "2026年3号", "有效", Map.of(), "文号"));
        assertRefused(reportId, "error.required", new Correction(title, null, "作废", Map.of(), "有效性"));
        assertThatThrownBy(() -> as("coordinator", () -> amendments.withdraw(reportId, " ")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(as("coordinator", () -> amendments.versions(reportId))).hasSize(1);
        assertThat(get("/public/reports/" + reportId).body()).contains("正文。").doesNotContain("更正说明");
    }

    @Test
    void a_bad_receipt_number_is_refused_with_a_message_and_records_no_submission() {
        long reportId = new ReportSteps(context).publishing("回执编号测试");
        for (String[] bad : new String[][] {
            {"号".repeat(61), "error.too-long"},
            {"回执\u0007", "error.control-characters"},
            {"回执\n编号", "error.control-characters"}
        }) {
            assertThatThrownBy(() -> as(
                            "coordinator",
                            () -> publication.recordSubmission(
                                    reportId,
                                    "市教育局",
                                    LocalDate.now(),
                                    SuperiorSubmission.Channel.DOCUMENT_EXCHANGE,
                                    bad[0])))
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey())
                    .isEqualTo(bad[1]);
        }
        assertThat(as("coordinator", () -> publication.submissions(reportId))).isEmpty();

        as(
                "coordinator",
                () -> publication.recordSubmission(
                        reportId,
                        "市教育局",
                        LocalDate.now(),
                        SuperiorSubmission.Channel.DOCUMENT_EXCHANGE,
                        "<b>回执-1</b>"));
        assertThat(as("coordinator", () -> publication.submissions(reportId)))
                .singleElement()
                .satisfies(s -> assertThat(s.getReceiptNumber()).isEqualTo("<b>回执-1</b>"));
    }

    private void assertRefused(long reportId, String key, Correction correction) {
        assertThatThrownBy(() -> as("coordinator", () -> amendments.correct(reportId, correction)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo(key);
    }

    private long publish(String title, String firstBody) {
        ReportSteps steps = new ReportSteps(context);
        long reportId = steps.drafting(false);
        long first = steps.sectionIds(reportId).getFirst();
        steps.approveAll(reportId, id -> id == first ? firstBody : "正文段落 " + id);
        steps.compile(reportId, title);
        steps.pass(reportId);
        steps.signOff(reportId);
        steps.publish(
                reportId,
                new DisclosureMetadata("某教发〔2026〕3号", "科技、教育", "报告", "某某市教育局", "有效", LocalDate.now(), LocalDate.now()));
        return reportId;
    }

    private long firstSection(long reportId) {
        return new ReportSteps(context).sectionIds(reportId).getFirst();
    }

    private static Document atom(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element entryTitled(Document feed, String title) {
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            if (title.equals(entry.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent())) {
                return entry;
            }
        }
        return null;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
