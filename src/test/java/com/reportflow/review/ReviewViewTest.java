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
import com.reportflow.report.ReportQueries;
import com.reportflow.report.SectionDetails;
import com.reportflow.report.SectionStatus;
import com.reportflow.shared.AccessDeniedException;
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
        assertThat(_find(TextArea.class)).as("only the opinion is editable").containsExactly(view.decision.opinion);
        assertThat(view.decision.approve.isAttached()).isTrue();
        assertThat(view.decision.returnWithOpinion.isAttached()).isTrue();
    }

    @Test
    void the_advisor_returning_without_an_opinion_gets_a_message_and_nothing_changes() {
        ReviewView view = open("advisor");
        _setValue(view.decision.opinion, "   ");

        _click(view.decision.returnWithOpinion);

        String required = view.getTranslation("error.required", "opinion");
        expectNotifications(required);
        assertThat(view.decision.opinion.isInvalid()).isTrue();
        assertThat(view.decision.opinion.getErrorMessage()).isEqualTo(required);
        assertThat(_get(ReviewView.class)).isSameAs(view);
        assertThat(stored().status()).isEqualTo(SectionStatus.LEGAL_REVIEW);
        assertThat(stored().history()).extracting(HistoryEntry::getAction).doesNotContain(HistoryAction.RETURNED);
    }

    @Test
    void the_advisor_returns_with_an_opinion_and_the_author_sees_it_beside_the_draft() {
        ReviewView view = open("advisor");
        _setValue(view.decision.opinion, "第二段缺少法律依据。<b>请补充</b>");

        _click(view.decision.returnWithOpinion);

        _get(InboxView.class);
        assertThat(stored().status()).isEqualTo(SectionStatus.RETURNED);

        login("author");
        UI.getCurrent().navigate("sections/" + sectionId + "/draft");
        Div opinion = _get(Div.class, spec -> spec.withClasses("opinion"));
        assertThat(opinion.isVisible()).isTrue();
        assertThat(opinion.getElement().getTextRecursively())
                .contains("第二段缺少法律依据。<b>请补充</b>")
                .contains("王律师");
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

        _click(view.decision.approve);

        _get(InboxView.class);
        assertThat(stored().status()).isEqualTo(SectionStatus.APPROVED);
        assertThat(stored().history()).extracting(HistoryEntry::getAction).contains(HistoryAction.APPROVED);
    }

    @Test
    void someone_who_is_not_a_legal_advisor_sees_no_decision_buttons_and_cannot_decide() {
        ReviewView view = open("author");

        assertThat(view.sheet.sectionText.getText()).startsWith("第一段");
        assertThat(view.decision.approve.isAttached()).isFalse();
        assertThat(view.decision.returnWithOpinion.isAttached()).isFalse();
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
