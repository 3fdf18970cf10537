package com.reportflow.drafting;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.reportflow.inbox.InboxView;
import com.reportflow.steering.SteeringPages;
import com.reportflow.steering.SteeringService;
import com.reportflow.workflow.Step;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A draft delegated (委派) to a colleague: she edits it in the normal screen and hands it back instead of submitting. */
class DelegatedDraftViewTest extends KaribuTest {

    @Autowired
    DraftingService drafting;

    @Autowired
    SteeringService steering;

    @Autowired
    SteeringPages pages;

    @Test
    void the_delegate_sees_who_delegated_the_draft_and_hands_it_back_instead_of_submitting() {
        ReportSteps steps = new ReportSteps(context);
        long sectionId = steps.sectionIds(steps.drafting(false)).getFirst();
        as("author", () -> drafting.take(sectionId));
        as("author", () -> steering.delegate(Step.DRAFT_SECTION, sectionId, "author2", "请协助"));

        login("author2");
        UI.getCurrent().navigate("sections/" + sectionId + "/draft");
        DraftView view = _get(DraftView.class);

        assertThat(view.actions.delegation.isVisible()).isTrue();
        assertThat(view.actions.delegation.getText()).contains("钱磊");
        assertThat(view.submit.isVisible()).isFalse();
        assertThat(view.actions.handBack.isVisible()).isTrue();
        assertThat(view.text.isReadOnly()).isFalse();

        view.text.setValue("孙芳代拟的正文");
        _click(view.actions.handBack);

        _get(InboxView.class);
        assertThat(as("author", () -> drafting.section(sectionId)).body()).isEqualTo("孙芳代拟的正文");
        assertThat(as("coordinator", () -> pages.section(sectionId))
                        .task()
                        .orElseThrow()
                        .holder())
                .isEqualTo("author");
    }
}
