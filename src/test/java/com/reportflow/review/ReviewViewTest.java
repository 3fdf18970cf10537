package com.reportflow.review;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.reportflow.drafting.DraftingService;
import com.reportflow.inbox.InboxView;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.HistoryEntry;
import com.reportflow.report.LegalOpinion;
import com.reportflow.report.OpinionAspect;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.SectionDetails;
import com.reportflow.report.SectionRevision;
import com.reportflow.report.SectionStatus;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.workflow.Decision;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewViewTest extends KaribuTest {

    @Autowired
    ReportQueries queries;

    @Autowired
    DraftingService drafting;

    @Autowired
    ReviewService review;

    ReportSteps steps;
    long sectionId;

    @BeforeEach
    void submitASection() {
        steps = new ReportSteps(context);
        sectionId = steps.sectionIds(steps.drafting(false)).getFirst();
        submit("第一段：依法决策。\n第二段：<script>alert(1)</script>");
    }

    @Test
    void the_advisor_reads_the_text_as_literal_text_with_its_line_breaks_and_cannot_edit_it() {
        ReviewView view = open("advisor");

        assertThat(view.sheet.header.heading.getText()).isEqualTo(stored().numberedHeading());
        assertThat(view.sheet.sectionText.getClassNames()).contains("section-text");
        assertThat(view.sheet.sectionText.getText()).isEqualTo("第一段：依法决策。\n第二段：<script>alert(1)</script>");
        assertThat(view.sheet.sectionText.getElement().getChildren()).allMatch(Element::isTextNode);
        assertThat(_find(TextArea.class))
                .as("only the opinion is editable")
                .containsExactlyInAnyOrderElementsOf(opinionFields(view));
        assertThat(view.form.approve.isAttached()).isTrue();
        assertThat(view.form.returnWithOpinion.isAttached()).isTrue();
        assertThat(view.revision.getText()).contains("1");
    }

    @Test
    void the_advisor_returning_without_an_opinion_gets_a_message_and_nothing_changes() {
        ReviewView view = open("advisor");
        _setValue(view.form.remarks, "   ");
        _setValue(view.form.findings.get(OpinionAspect.CONTENT), "\n");

        _click(view.form.returnWithOpinion);

        String required = view.getTranslation("error.required", "opinion");
        expectNotifications(required);
        assertThat(view.form.error.isVisible()).isTrue();
        assertThat(view.form.error.getText()).isEqualTo(required);
        assertThat(_get(ReviewView.class)).isSameAs(view);
        assertThat(stored().status()).isEqualTo(SectionStatus.LEGAL_REVIEW);
        assertThat(stored().history()).extracting(HistoryEntry::getAction).doesNotContain(HistoryAction.RETURNED);
    }

    @Test
    void the_advisor_returns_with_a_structured_opinion_and_the_author_sees_it_beside_the_draft() {
        ReviewView view = open("advisor");
        _setValue(view.form.findings.get(OpinionAspect.AUTHORITY), "实施主体应为区教委。");
        _setValue(view.form.findings.get(OpinionAspect.WORDING), "“<b>请补充</b>”用语不规范。");
        _setValue(view.form.remarks, "第二段缺少法律依据。");
        _setValue(view.form.paragraph, 2);

        _click(view.form.returnWithOpinion);

        _get(InboxView.class);
        assertThat(stored().status()).isEqualTo(SectionStatus.RETURNED);
        LegalOpinion saved = stored().latestReturnOpinion().orElseThrow();
        assertThat(saved.conclusion()).isEqualTo(Decision.RETURN);
        assertThat(saved.finding(OpinionAspect.AUTHORITY)).isEqualTo("实施主体应为区教委。");
        assertThat(saved.finding(OpinionAspect.CONTENT)).isEmpty();
        assertThat(saved.paragraph()).isEqualTo(2);
        assertThat(stored().returnedRevision()).map(SectionRevision::getNumber).contains(1);

        login("author");
        UI.getCurrent().navigate("sections/" + sectionId + "/draft");
        Div opinion = _get(Div.class, spec -> spec.withClasses("opinion"));
        assertThat(opinion.isVisible()).isTrue();
        assertThat(opinion.getElement().getTextRecursively())
                .contains("实施主体应为区教委。")
                .contains("“<b>请补充</b>”用语不规范。")
                .contains("第二段缺少法律依据。")
                .contains(opinion.getTranslation("opinion.aspect.AUTHORITY"))
                .doesNotContain(opinion.getTranslation("opinion.aspect.CONTENT"))
                .contains("第二段：<script>alert(1)</script>")
                .contains("王律师");
    }

    @Test
    void a_resubmission_shows_the_advisor_what_changed_since_the_returned_revision_beside_the_earlier_opinion() {
        as("advisor", () -> review.returnWithOpinion(sectionId, "请注明依据的条款。"));
        submit("第一段：依法决策，依据《重大行政决策程序暂行条例》。\n第二段：<script>alert(1)</script>");

        ReviewView view = open("advisor");

        assertThat(view.revision.getText()).contains("2");
        assertThat(view.sinceLastReview.isAttached()).isTrue();
        assertThat(view.changes.getElement().getTextRecursively()).contains("依据《重大行政决策程序暂行条例》");
        assertThat(view.changes.getElement().toString()).contains("<ins>").doesNotContain("<script>");
        assertThat(view.sheet.previousOpinion.getElement().getTextRecursively()).contains("请注明依据的条款。");
    }

    @Test
    void a_decision_on_a_revision_that_was_withdrawn_and_replaced_meanwhile_is_refused() {
        ReviewView view = open("advisor");
        as("author", () -> drafting.withdraw(sectionId));
        submit("撤回后重写的正文");
        _setValue(view.form.remarks, "针对旧稿的意见");

        _click(view.form.returnWithOpinion);

        assertThat(view.form.error.getText()).isEqualTo(view.getTranslation("error.review.revision-changed", 2));
        assertThat(stored().status()).isEqualTo(SectionStatus.LEGAL_REVIEW);
        assertThat(stored().opinions()).isEmpty();
    }

    @Test
    void the_previous_return_opinion_is_shown_when_the_section_comes_back() {
        as("advisor", () -> review.returnWithOpinion(sectionId, "请注明依据的条款。"));
        submit("补充了条款的正文");

        ReviewView view = open("advisor");

        assertThat(view.sheet.previousOpinion.isVisible()).isTrue();
        assertThat(view.sheet.previousOpinion.getElement().getTextRecursively()).contains("请注明依据的条款。");
        assertThat(view.sheet.sectionText.getText()).isEqualTo("补充了条款的正文");
    }

    @Test
    void the_advisor_approves_the_section() {
        ReviewView view = open("advisor");

        _click(view.form.approve);

        _get(InboxView.class);
        assertThat(stored().status()).isEqualTo(SectionStatus.APPROVED);
        assertThat(stored().history()).extracting(HistoryEntry::getAction).contains(HistoryAction.APPROVED);
    }

    @Test
    void someone_who_is_not_a_legal_advisor_sees_no_decision_buttons_and_cannot_decide() {
        ReviewView view = open("author");

        assertThat(view.sheet.sectionText.getText()).startsWith("第一段");
        assertThat(view.form.approve.isAttached()).isFalse();
        assertThat(view.form.returnWithOpinion.isAttached()).isFalse();
        assertThat(_find(Button.class, spec -> spec.withText(view.getTranslation("review.approve"))))
                .isEmpty();
        assertThatThrownBy(() -> as("author", () -> review.approve(sectionId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("coordinator", () -> review.returnWithOpinion(sectionId, "越权退回")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stored().status()).isEqualTo(SectionStatus.LEGAL_REVIEW);
    }

    @Test
    void an_author_of_another_office_is_refused_on_the_review_route() {
        ReviewView view = open("inspector");

        assertThat(view.refusal.getText()).isEqualTo(view.getTranslation("error.access-denied"));
        assertThat(view.sheet.sectionText.isAttached()).isFalse();
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("依法决策");
    }

    private static java.util.List<TextArea> opinionFields(ReviewView view) {
        java.util.List<TextArea> fields = new java.util.ArrayList<>(view.form.findings.values());
        fields.add(view.form.remarks);
        return fields;
    }

    private ReviewView open(String username) {
        login(username);
        UI.getCurrent().navigate("sections/" + sectionId + "/review");
        return _get(ReviewView.class);
    }

    private void submit(String text) {
        steps.submit("author", sectionId, text);
    }

    private SectionDetails stored() {
        return as("coordinator", () -> queries.section(sectionId));
    }
}
