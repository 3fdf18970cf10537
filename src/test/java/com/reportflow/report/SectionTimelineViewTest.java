package com.reportflow.report;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.reportflow.review.ReviewService;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SectionTimelineViewTest extends KaribuTest {

    @Autowired
    ReviewService review;

    ReportSteps steps;
    long sectionId;

    @BeforeEach
    void reviewASectionTwice() {
        steps = new ReportSteps(context);
        sectionId = steps.sectionIds(steps.drafting(false)).getFirst();
        steps.submit("author", sectionId, "第一稿：依法行政。");
        as("advisor", () -> review.returnWithOpinion(sectionId, "请补充依据。"));
        steps.submit("author", sectionId, "第二稿：依据《教育法》依法行政。");
        as("advisor", () -> review.returnWithOpinion(sectionId, "请补充数据。"));
        steps.submit("author", sectionId, "第三稿：依据《教育法》依法行政，全年办结61件。");
    }

    @Test
    void the_timeline_lists_every_revision_and_opinion_and_compares_the_last_two_by_default() {
        SectionTimelineView view = open("advisor");

        assertThat(view.from.getValue().label()).startsWith(view.getTranslation("revision.number", 2));
        assertThat(view.to.getValue().label()).startsWith(view.getTranslation("revision.number", 3));
        assertThat(view.diff.getElement().toString()).contains("<ins>，全年办结61件</ins>");
        assertThat(view.revisionTexts.getChildren()).hasSize(3);
        String page = view.getElement().getTextRecursively();
        assertThat(page).contains("请补充依据。", "请补充数据。", view.getTranslation("history.RETURNED"));
    }

    @Test
    void any_two_revisions_can_be_compared() {
        SectionTimelineView view = open("author");

        _setValue(view.from, view.from.getListDataView().getItem(0));
        _setValue(view.to, view.to.getListDataView().getItem(2));

        assertThat(view.diff.getElement().toString())
                .contains("<del>一</del>", "<ins>三</ins>")
                .contains("<ins>，全年办结61件</ins>");
    }

    @Test
    void an_author_of_another_office_is_refused() {
        SectionTimelineView view = open("inspector");

        assertThat(view.refusal.getText()).isEqualTo(view.getTranslation("error.access-denied"));
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("依法行政");
    }

    private SectionTimelineView open(String username) {
        login(username);
        UI.getCurrent().navigate("sections/" + sectionId + "/timeline");
        return _get(SectionTimelineView.class);
    }
}
