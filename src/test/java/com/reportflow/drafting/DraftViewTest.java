package com.reportflow.drafting;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNoNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.reportflow.inbox.InboxView;
import com.reportflow.inbox.TaskRow;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.HistoryEntry;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportSection;
import com.reportflow.report.SectionDetails;
import com.reportflow.report.SectionStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DraftViewTest extends KaribuTest {

    @Autowired
    ReportQueries queries;

    @Autowired
    DraftingService drafting;

    @Autowired
    com.reportflow.review.ReviewService review;

    long sectionId;

    @BeforeEach
    void startReport() {
        ReportSteps steps = new ReportSteps(context);
        sectionId = steps.sectionIds(steps.drafting(false)).getFirst();
    }

    @Test
    void an_author_opens_a_draft_from_the_inbox_writes_it_autosaved_and_submits_it_for_review() {
        login("author");
        UI.getCurrent().navigate(InboxView.class);
        _clickItem(inboxGrid(), inboxRowOf(sectionId));

        DraftView view = _get(DraftView.class);
        SectionDetails details = stored();
        assertThat(view.header.heading.getText())
                .isEqualTo(details.numberedHeading())
                .startsWith("（一）");
        assertThat(view.header.reportTitle.getText()).isEqualTo(details.reportTitle());
        assertThat(view.header.office.getText()).contains("基础教育科");
        assertThat(view.header.status.getText()).isEqualTo(view.getTranslation("status.DRAFTING"));
        assertThat(view.text.isReadOnly()).isFalse();
        assertThat(view.opinion.isVisible()).isFalse();

        _setValue(view.text, "一是完善制度。\n二是规范执法。");
        assertThat(stored().body()).isEqualTo("一是完善制度。\n二是规范执法。");
        assertThat(view.savedAt.getText()).isNotBlank();
        expectNoNotifications();

        DraftView reopened = open("author");
        assertThat(reopened.text.getValue()).isEqualTo("一是完善制度。\n二是规范执法。");

        _click(reopened.submit);
        _fireConfirm(reopened.confirmSubmit);

        _get(InboxView.class);
        assertThat(stored().status()).isEqualTo(SectionStatus.LEGAL_REVIEW);
        assertThat(stored().history()).extracting(HistoryEntry::getAction).contains(HistoryAction.SUBMITTED);
        assertThat(inboxRows()).noneMatch(row -> row.sectionId() != null && row.sectionId() == sectionId);
    }

    @Test
    void the_save_button_stores_the_text_too() {
        DraftView view = open("author");
        view.text.setValue("先写一句。");
        _click(view.save);
        expectNotifications(view.getTranslation("drafting.saved"));
        assertThat(stored().body()).isEqualTo("先写一句。");
    }

    @Test
    void an_empty_submit_is_refused_with_a_message_and_nothing_changes() {
        DraftView view = open("author");
        _setValue(view.text, "   ");
        _click(view.submit);
        _fireConfirm(view.confirmSubmit);

        expectNotifications(view.getTranslation("error.section.empty"));
        assertThat(_get(DraftView.class)).isSameAs(view);
        assertThat(stored().status()).isEqualTo(SectionStatus.DRAFTING);
        assertThat(stored().history()).extracting(HistoryEntry::getAction).doesNotContain(HistoryAction.SUBMITTED);
    }

    @Test
    void over_long_text_is_refused_with_a_message_and_the_stored_text_stays() {
        DraftView view = open("author");
        _setValue(view.text, "原稿");
        String tooLong = "字".repeat(ReportSection.MAX_BODY_LENGTH + 1);

        _setValue(view.text, tooLong);

        expectNotifications(view.getTranslation(
                "error.too-long", "section.body", ReportSection.MAX_BODY_LENGTH, ReportSection.MAX_BODY_LENGTH + 1, 1));
        assertThat(view.text.isInvalid()).isTrue();
        assertThat(view.text.getErrorMessage()).contains("20000").contains("多出1字");
        assertThat(view.savedAt.getText()).isEqualTo("未保存");
        assertThat(view.text.getValue()).as("the typed text is not thrown away").isEqualTo(tooLong);
        assertThat(stored().body()).isEqualTo("原稿");
    }

    @Test
    void a_control_character_is_refused_with_a_message_and_the_stored_text_stays() {
        DraftView view = open("author");
        _setValue(view.text, "原稿");

        view.text.setValue("原稿\u0007");
        _click(view.save);

        expectNotifications(view.getTranslation("error.control-characters", "section.body"));
        assertThat(view.text.getValue()).isEqualTo("原稿\u0007");
        assertThat(stored().body()).isEqualTo("原稿");
    }

    @Test
    void markup_typed_into_the_text_is_stored_and_shown_back_as_literal_text() {
        DraftView view = open("author");
        _setValue(view.text, "<script>alert(1)</script>");
        assertThat(stored().body()).isEqualTo("<script>alert(1)</script>");

        DraftView reopened = open("author");
        assertThat(reopened.text.getValue()).isEqualTo("<script>alert(1)</script>");
        assertThat(reopened.getElement().getTextRecursively()).doesNotContain("alert");
    }

    @Test
    void a_stale_save_keeps_the_typed_text_shows_why_and_offers_the_other_version() {
        DraftView view = open("author");
        long loadedVersion = stored().version();
        as("author2", () -> drafting.save(sectionId, loadedVersion, "孙芳写的版本"));

        _setValue(view.text, "钱磊写的版本");

        String stale = view.getTranslation("error.stale-edit", "孙芳");
        assertThat(stale)
                .as("the conflict names the person, not their username")
                .doesNotContain("author2");
        expectNotifications(stale);
        assertThat(view.text.getValue()).isEqualTo("钱磊写的版本");
        assertThat(view.stale.isVisible()).isTrue();
        assertThat(view.stale.staleMessage.getText()).isEqualTo(stale);
        assertThat(view.stale.theirChange.getElement().getTextRecursively())
                .as("the other person's change is shown beside the typed text")
                .contains("孙芳写的版本");
        assertThat(stored().body()).isEqualTo("孙芳写的版本");

        _click(view.stale.reload);
        assertThat(view.stale.isVisible()).isFalse();
        assertThat(view.text.getValue()).isEqualTo("孙芳写的版本");
        _setValue(view.text, "孙芳写的版本，钱磊补充的一句。");
        expectNoNotifications();
        assertThat(stored().body()).isEqualTo("孙芳写的版本，钱磊补充的一句。");
    }

    @Test
    void an_author_of_another_office_is_refused_and_sees_nothing_of_the_section() {
        long version = stored().version();
        as("author", () -> drafting.save(sectionId, version, "基础教育科的内部稿"));

        DraftView view = open("hr");

        assertThat(view.refusal.getText()).isEqualTo(view.getTranslation("error.access-denied"));
        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(view.header.heading.isAttached()).isFalse();
        assertThat(UI.getCurrent().getElement().getTextRecursively())
                .doesNotContain("基础教育科的内部稿", stored().numberedHeading());
    }

    @Test
    void a_forged_section_id_shows_a_message_instead_of_an_error() {
        DraftView view = open("author", Long.MAX_VALUE / 2);
        assertThat(view.refusal.getText()).isEqualTo(view.getTranslation("error.not-found"));
        assertThat(_find(TextArea.class)).isEmpty();
    }

    @Test
    void the_legal_advisor_reads_the_draft_but_cannot_change_it() {
        long version = stored().version();
        as("author", () -> drafting.save(sectionId, version, "草稿正文"));

        DraftView view = open("advisor");

        assertThat(view.text.getValue()).isEqualTo("草稿正文");
        assertThat(view.text.isReadOnly()).isTrue();
        assertThat(view.save.isVisible()).isFalse();
        assertThat(view.submit.isVisible()).isFalse();
    }

    @Test
    void an_author_takes_the_section_so_colleagues_see_who_holds_it_and_gives_it_back() {
        DraftView view = open("author");
        assertThat(view.header.holder.getText()).isEqualTo(view.getTranslation("section.not-taken"));
        assertThat(view.actions.take.isVisible()).isTrue();
        assertThat(view.actions.release.isVisible()).isFalse();

        _click(view.actions.take);
        view = _get(DraftView.class);
        assertThat(stored().holder()).isEqualTo("钱磊");
        assertThat(view.header.holder.getText()).isEqualTo(view.getTranslation("section.holder", "钱磊"));
        assertThat(view.actions.take.isVisible()).isFalse();
        assertThat(view.actions.release.isVisible()).isTrue();
        assertThat(stored().history()).extracting(HistoryEntry::getAction).contains(HistoryAction.TASK_TAKEN);

        DraftView colleague = open("author2");
        assertThat(colleague.text.isReadOnly()).isTrue();
        assertThat(colleague.save.isVisible()).isFalse();
        assertThat(colleague.actions.take.isVisible()).isFalse();
        assertThat(colleague.header.holder.getText()).isEqualTo(colleague.getTranslation("section.holder", "钱磊"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> as("author2", () -> drafting.save(sectionId, stored().version(), "抢写")))
                .isInstanceOf(com.reportflow.shared.UserFacingException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as("author2", () -> drafting.release(sectionId)))
                .isInstanceOf(com.reportflow.shared.UserFacingException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as("inspector", () -> drafting.take(sectionId)))
                .isInstanceOf(com.reportflow.shared.AccessDeniedException.class);
        assertThat(stored().body()).isEmpty();

        view = open("author");
        _click(view.actions.release);
        assertThat(stored().holder()).isNull();
        DraftView colleagueAgain = open("author2");
        assertThat(colleagueAgain.text.isReadOnly()).isFalse();
        assertThat(colleagueAgain.actions.take.isVisible()).isTrue();
    }

    @Test
    void the_author_withdraws_a_submission_nobody_has_taken_up_and_edits_again() {
        ReportSteps steps = new ReportSteps(context);
        steps.submit("author", sectionId, "提交的第一稿");
        DraftView view = open("author");
        assertThat(view.text.isReadOnly()).isTrue();
        assertThat(view.actions.withdraw.isVisible()).isTrue();

        _click(view.actions.withdraw);
        _fireConfirm(view.actions.confirmWithdraw);

        expectNotifications(view.getTranslation("drafting.withdrawn"));
        assertThat(stored().status()).isEqualTo(SectionStatus.DRAFTING);
        assertThat(view.text.isReadOnly()).isFalse();
        assertThat(view.actions.withdraw.isVisible()).isFalse();
        assertThat(view.history.getElement().getTextRecursively())
                .contains(view.getTranslation("history.WITHDRAWN"))
                .contains(view.getTranslation("revision.number", 1));
    }

    @Test
    void once_the_advisor_has_taken_up_the_review_the_author_is_not_offered_a_withdrawal() {
        ReportSteps steps = new ReportSteps(context);
        steps.submit("author", sectionId, "提交的第一稿");
        as("advisor", () -> review.take(sectionId));

        DraftView view = open("author");

        assertThat(view.actions.withdraw.isVisible()).isFalse();
    }

    @Test
    void after_a_return_the_author_sees_the_changes_made_to_the_returned_revision_as_they_type() {
        ReportSteps steps = new ReportSteps(context);
        steps.submit("author", sectionId, "我局依法履行职能。");
        as("advisor", () -> review.returnWithOpinion(sectionId, "请写明依据。"));
        DraftView view = open("author");
        assertThat(view.sinceReturn.isVisible()).isTrue();
        assertThat(view.sinceReturn.changesSinceReturn.getElement().getTextRecursively())
                .contains(view.getTranslation("diff.unchanged"));

        _setValue(view.text, "我局依据《教育法》依法履行职能。");

        assertThat(view.sinceReturn.changesSinceReturn.getElement().toString())
                .contains("<ins>")
                .doesNotContain("<del>");
        assertThat(view.sinceReturn.changesSinceReturn.summary.getText())
                .isEqualTo(view.getTranslation("diff.summary", 7, 0));
        assertThat(view.opinion.getElement().getTextRecursively()).contains("请写明依据。");
    }

    private DraftView open(String username) {
        return open(username, sectionId);
    }

    private DraftView open(String username, long id) {
        login(username);
        UI.getCurrent().navigate("sections/" + id + "/draft");
        return _get(DraftView.class);
    }

    private SectionDetails stored() {
        return as("coordinator", () -> queries.section(sectionId));
    }

    @SuppressWarnings("unchecked")
    private static Grid<TaskRow> inboxGrid() {
        return _get(Grid.class);
    }

    private static List<TaskRow> inboxRows() {
        Grid<TaskRow> grid = inboxGrid();
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
    }

    private static int inboxRowOf(long sectionId) {
        List<TaskRow> rows = inboxRows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).sectionId() != null && rows.get(i).sectionId() == sectionId) {
                return i;
            }
        }
        throw new AssertionError("section " + sectionId + " is not in the inbox");
    }
}
