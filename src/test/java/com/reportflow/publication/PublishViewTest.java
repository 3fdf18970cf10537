package com.reportflow.publication;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.reportflow.report.ReportStage;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PublishViewTest extends KaribuTest {

    @Autowired
    PublicationService publication;

    @Autowired
    PublicationAmendments amendments;

    @Autowired
    PublicCatalogue catalogue;

    ReportSteps steps;

    @BeforeEach
    void steps() {
        steps = new ReportSteps(context);
    }

    @Test
    void the_coordinator_publishes_and_sees_the_generated_index_number_and_the_public_link() {
        long reportId = steps.publishing("待公开的报告");
        PublishView view = open("coordinator", reportId);
        assertThat(view.publishForm.isVisible()).isTrue();
        assertThat(view.publishForm.organisation.getValue()).isEqualTo(ReportSteps.ISSUER);
        assertThat(view.publishForm.topic.getValue()).isEqualTo("综合政务");
        assertThat(view.publishForm.genre.getValue()).isEqualTo("报告");
        assertThat(view.publishForm.validity.getValue()).isEqualTo("有效");
        assertThat(view.publishForm.publishDate.getValue()).isEqualTo(LocalDate.now());
        assertThat(view.publishForm.confidentialityChecked.getValue()).isFalse();

        _setValue(view.publishForm.confidentialityChecked, true);
        _setValue(view.publishForm.documentNumber, "某教发〔2026〕3号");
        _setValue(view.publishForm.topic, "科技、教育");
        _click(view.publishForm.publish);
        assertThat(view.publishForm.confirmPublish.isOpened()).isTrue();
        _fireConfirm(view.publishForm.confirmPublish);

        int year = LocalDate.now().getYear();
        assertThat(view.published.indexNumber.getText()).matches(".+/" + year + "-\\d{5}");
        expectNotifications("报告已公开发布，索引号：" + view.published.indexNumber.getText());
        assertThat(view.publishForm.isVisible()).isFalse();
        assertThat(view.published.isVisible()).isTrue();
        assertThat(view.published.publicLink.getHref()).isEqualTo("/public/reports/" + reportId);
        assertThat(view.published.publicLink.getTarget()).contains("_blank");
        assertThat(view.published.publicLink.isRouterIgnore()).isTrue();

        assertThat(steps.stage(reportId)).isEqualTo(ReportStage.PUBLISHED);
        assertThat(catalogue.published()).anySatisfy(p -> {
            assertThat(p.metadata().getReportId()).isEqualTo(reportId);
            assertThat(p.metadata().getIndexNumber()).isEqualTo(view.published.indexNumber.getText());
            assertThat(p.metadata().getDocumentNumber()).isEqualTo("某教发〔2026〕3号");
            assertThat(p.metadata().getTopicCategory()).isEqualTo("科技、教育");
        });

        PublishView reopened = open("coordinator", reportId);
        assertThat(reopened.publishForm.isVisible()).isFalse();
        assertThat(reopened.published.indexNumber.getText()).isEqualTo(view.published.indexNumber.getText());
        assertThat(reopened.published.publicLink.getHref()).isEqualTo("/public/reports/" + reportId);
        assertThat(reopened.published.getElement().getTextRecursively())
                .as("the confidentiality line names the person, not their username")
                .contains("已完成（赵敏，")
                .doesNotContain("coordinator");
    }

    @Test
    void the_publish_confirmation_says_truthfully_that_a_publication_can_later_be_corrected_or_withdrawn() {
        long reportId = steps.publishing("待公开的报告");
        PublishView view = open("coordinator", reportId);
        String text = view.publishForm.confirmPublish.getElement().getProperty("message");
        assertThat(text).doesNotContain("不能撤回").contains("更正", "撤回公开");
    }

    @Test
    void the_written_date_is_the_one_fixed_at_sign_off_and_is_not_typed_again_at_publication() {
        long reportId = steps.publishing("待公开的报告");
        PublishView view = open("coordinator", reportId);
        assertThat(view.publishForm.writtenDate.getValue()).isEqualTo(LocalDate.now());
        assertThat(view.publishForm.writtenDate.isReadOnly()).isTrue();
        assertThat(view.publishForm.writtenDate.getHelperText()).contains("签发");
    }

    @Test
    void after_a_correction_the_publish_page_shows_the_corrected_text_and_after_withdrawal_says_withdrawn() {
        long reportId = steps.publishing("更正后的报告");
        steps.publish(reportId);
        long section = steps.sectionIds(reportId).getFirst();
        as(
                "coordinator",
                () -> amendments.correct(
                        reportId, new Correction("更正后的报告", "某教发〔2026〕3号", "有效", Map.of(section, "更正后的正文。"), "数字有误。")));

        PublishView view = open("coordinator", reportId);
        assertThat(view.document.getElement().getTextRecursively())
                .contains("更正后的正文。")
                .doesNotContain("正文：依法行政工作情况 " + section);

        as("coordinator", () -> amendments.withdraw(reportId, "经审查撤回。"));
        PublishView withdrawn = open("coordinator", reportId);
        assertThat(withdrawn.published.getElement().getTextRecursively()).contains("失效（已撤回）", "经审查撤回。");
    }

    @Test
    void publishing_without_the_confidentiality_check_says_so_before_asking_the_irreversible_confirmation() {
        long reportId = steps.publishing("待公开的报告");
        PublishView view = open("coordinator", reportId);
        _click(view.publishForm.publish);

        assertThat(view.publishForm.confirmPublish.isOpened()).isFalse();
        assertThat(view.publishForm.confidentialityChecked.isInvalid()).isTrue();
        expectNotifications("须先确认保密审查。");
        assertNothingPublished(view, reportId);
    }

    @Test
    void a_malformed_document_number_is_refused_and_nothing_is_published() {
        long reportId = steps.publishing("待公开的报告");
        PublishView view = open("coordinator", reportId);
        _setValue(view.publishForm.confidentialityChecked, true);
        _setValue(view.publishForm.documentNumber, "2026-3");
        _click(view.publishForm.publish);
        _fireConfirm(view.publishForm.confirmPublish);

        expectNotifications("发文字号格式应如“某教发〔2026〕3号”。");
        assertNothingPublished(view, reportId);
    }

    @Test
    void a_publish_date_in_the_future_is_refused_and_nothing_is_published() {
        long reportId = steps.publishing("待公开的报告");
        PublishView view = open("coordinator", reportId);
        _setValue(view.publishForm.confidentialityChecked, true);
        _setValue(view.publishForm.publishDate, LocalDate.now().plusDays(1));
        _click(view.publishForm.publish);
        _fireConfirm(view.publishForm.confirmPublish);

        expectNotifications("发布日期不能晚于今天，成文日期不能晚于发布日期。");
        assertNothingPublished(view, reportId);
    }

    @Test
    void a_publishing_organisation_with_control_characters_or_markup_is_handled_as_text() {
        long reportId = steps.publishing("待公开的报告");
        PublishView view = open("coordinator", reportId);
        _setValue(view.publishForm.confidentialityChecked, true);
        _setValue(view.publishForm.organisation, "某某市教育局\u0007");
        _click(view.publishForm.publish);
        _fireConfirm(view.publishForm.confirmPublish);
        expectNotifications("发布机构含有不允许的控制字符。");
        assertNothingPublished(view, reportId);

        _setValue(view.publishForm.organisation, "某某市教育局<script>alert(1)</script>");
        _click(view.publishForm.publish);
        _fireConfirm(view.publishForm.confirmPublish);
        assertThat(catalogue.published(reportId))
                .get()
                .extracting(p -> p.metadata().getPublishingOrganisation())
                .isEqualTo("某某市教育局<script>alert(1)</script>");
    }

    @Test
    void the_submission_to_the_superior_authority_is_recorded_and_a_future_date_is_refused() {
        long reportId = steps.publishing("待公开的报告");
        PublishView view = open("coordinator", reportId);
        assertThat(view.submissionPanel.form.isVisible()).isTrue();
        assertThat(view.submissionPanel.recipient.getPlaceholder()).contains("市教育局");

        _setValue(view.submissionPanel.recipient, "区依法治区办<script>alert(1)</script>");
        _setValue(view.submissionPanel.submittedOn, LocalDate.now().plusDays(1));
        _setValue(view.submissionPanel.channel, SuperiorSubmission.Channel.DOCUMENT_EXCHANGE);
        _click(view.submissionPanel.recordSubmission);
        expectNotifications("报送日期不能晚于今天。");
        assertThat(as("coordinator", () -> publication.submissions(reportId))).isEmpty();
        assertThat(as("coordinator", () -> publication.mayRecordSubmission(reportId)))
                .isTrue();

        _setValue(view.publishForm.confidentialityChecked, true);
        _setValue(view.publishForm.documentNumber, "某教发〔2026〕5号");
        _setValue(view.submissionPanel.submittedOn, LocalDate.now());
        _click(view.submissionPanel.recordSubmission);
        expectNotifications("已登记报送情况。");
        assertThat(as("coordinator", () -> publication.submissions(reportId)))
                .singleElement()
                .satisfies(s -> assertThat(s.getChannel()).isEqualTo(SuperiorSubmission.Channel.DOCUMENT_EXCHANGE));
        assertThat(view.submissionPanel.form.isVisible()).as("recorded once").isFalse();
        assertThat(_size(view.submissionPanel.submissions)).isEqualTo(1);
        assertThat(_getFormattedRow(view.submissionPanel.submissions, 0))
                .containsSubsequence(
                        "区依法治区办<script>alert(1)</script>", LocalDate.now().toString(), "公文交换");
        assertThat(view.publishForm.isVisible())
                .as("publication is a separate step")
                .isTrue();
        assertThat(view.publishForm.confidentialityChecked.getValue())
                .as("what was typed for publication stays")
                .isTrue();
        assertThat(view.publishForm.documentNumber.getValue()).isEqualTo("某教发〔2026〕5号");
    }

    @Test
    void before_sign_off_there_is_nothing_to_publish() {
        long reportId = steps.deliberating("待审议的报告");
        PublishView view = open("coordinator", reportId);
        assertThat(view.notReady.isVisible()).isTrue();
        assertThat(view.publishForm.isVisible()).isFalse();
        assertThat(view.submissionPanel.isVisible()).isFalse();
    }

    @Test
    void a_forged_report_id_shows_a_message_and_no_form() {
        PublishView view = open("coordinator", 987_654_321L);
        assertThat(view.refusal.getText()).isEqualTo("未找到该对象。");
        assertThat(view.publicationPanel.isVisible()).isFalse();
        assertThat(view.submissionPanel.isVisible()).isFalse();
    }

    @Test
    void an_author_cannot_open_the_publication_view() {
        long reportId = steps.publishing("待公开的报告");
        login("author");
        assertRefused(() -> UI.getCurrent().navigate("reports/" + reportId + "/publish"));
        assertThat(_find(PublishView.class)).isEmpty();
        assertThat(catalogue.published(reportId)).isEmpty();
    }

    private void assertNothingPublished(PublishView view, long reportId) {
        assertThat(catalogue.published(reportId)).isEmpty();
        assertThat(as("coordinator", () -> publication.publication(reportId))).isEmpty();
        assertThat(steps.stage(reportId)).isEqualTo(ReportStage.PUBLISHING);
        assertThat(view.publishForm.isVisible()).isTrue();
        assertThat(view.published.indexNumber.getText()).isEmpty();
    }

    private PublishView open(String user, long reportId) {
        login(user);
        UI.getCurrent().navigate("reports/" + reportId + "/publish");
        return _get(PublishView.class);
    }
}
