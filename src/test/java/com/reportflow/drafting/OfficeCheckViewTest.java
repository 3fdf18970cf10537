package com.reportflow.drafting;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.reportflow.inbox.InboxView;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.HistoryEntry;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.SectionDetails;
import com.reportflow.report.SectionStatus;
import com.reportflow.shared.AccessDeniedException;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OfficeCheckViewTest extends KaribuTest {

    @Autowired
    ReportQueries queries;

    @Autowired
    DraftingService drafting;

    long sectionId;

    @BeforeEach
    void submitASectionToTheOfficeHead() {
        ReportSteps steps = new ReportSteps(context);
        sectionId = steps.sectionIds(steps.drafting(true)).getFirst();
        steps.submit("author", sectionId, "初稿\n第二行");
        assertThat(stored().status()).isEqualTo(SectionStatus.OFFICE_CHECK);
    }

    @Test
    void the_office_head_approves_the_draft_and_it_goes_to_legality_review() {
        OfficeCheckView view = open("officehead");
        assertThat(view.sheet.sectionText.getText()).isEqualTo("初稿\n第二行");
        assertThat(view.sheet.header.status.getText()).isEqualTo(view.getTranslation("status.OFFICE_CHECK"));

        _click(view.decision.approve);

        _get(InboxView.class);
        assertThat(stored().status()).isEqualTo(SectionStatus.LEGAL_REVIEW);
        assertThat(stored().history()).extracting(HistoryEntry::getAction).contains(HistoryAction.OFFICE_APPROVED);
    }

    @Test
    void returning_without_an_opinion_is_refused_with_a_message_and_nothing_changes() {
        OfficeCheckView view = open("officehead");

        _click(view.decision.returnWithOpinion);

        expectNotifications(view.getTranslation("error.required", "opinion"));
        assertThat(view.decision.opinion.isInvalid()).isTrue();
        assertThat(stored().status()).isEqualTo(SectionStatus.OFFICE_CHECK);
    }

    @Test
    void the_office_head_returns_the_draft_with_an_opinion_and_the_author_sees_it() {
        OfficeCheckView view = open("officehead");
        _setValue(view.decision.opinion, "数据需核实。");

        _click(view.decision.returnWithOpinion);

        _get(InboxView.class);
        assertThat(stored().status()).isEqualTo(SectionStatus.RETURNED);
        login("author");
        UI.getCurrent().navigate("sections/" + sectionId + "/draft");
        DraftView draft = _get(DraftView.class);
        assertThat(draft.opinion.isVisible()).isTrue();
        assertThat(draft.opinion.getElement().getTextRecursively()).contains("数据需核实。", "李卫东");
        assertThat(draft.text.isReadOnly()).isFalse();
    }

    @Test
    void an_author_sees_the_check_without_decision_buttons_and_cannot_decide() {
        OfficeCheckView view = open("author");

        assertThat(view.sheet.sectionText.getText()).isEqualTo("初稿\n第二行");
        assertThat(view.decision.approve.isAttached()).isFalse();
        assertThat(view.decision.returnWithOpinion.isAttached()).isFalse();
        assertThatThrownBy(() -> as("author", () -> drafting.approveInOffice(sectionId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stored().status()).isEqualTo(SectionStatus.OFFICE_CHECK);
    }

    @Test
    void the_head_of_another_office_is_refused() {
        OfficeCheckView view = open("hr");

        assertThat(view.refusal.getText()).isEqualTo(view.getTranslation("error.access-denied"));
        assertThat(view.sheet.sectionText.isAttached()).isFalse();
        assertThatThrownBy(() -> as("hr", () -> drafting.approveInOffice(sectionId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private OfficeCheckView open(String username) {
        login(username);
        UI.getCurrent().navigate("sections/" + sectionId + "/office-check");
        return _get(OfficeCheckView.class);
    }

    private SectionDetails stored() {
        return as("coordinator", () -> queries.section(sectionId));
    }
}
