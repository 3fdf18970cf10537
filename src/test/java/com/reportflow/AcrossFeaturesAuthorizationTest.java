package com.reportflow;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.reportflow.publication.SuperiorSubmission;
import com.reportflow.report.ReportStage;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.workflow.DeliberationOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What holds for every action of every feature service, so it stays one table here rather than a piece beside each
 * feature: a forged id is refused as not found, an action at a step of the process where it does not belong is
 * refused, a request without a signed-in person is refused everywhere, and each report step is done once by its
 * person. Nothing about any report changes.
 */
class AcrossFeaturesAuthorizationTest extends RefusalTest {

    long compilingReport;
    long deliberatingReport;
    long signingReport;
    long publishingReport;
    long authorsReminder;

    @BeforeAll
    void openReports() {
        openDraftingReport();
        openOfficeCheckReport();
        compilingReport = steps.compiling();
        deliberatingReport = steps.deliberating("待审议的报告");
        signingReport = steps.signing("待签发的报告");
        publishingReport = steps.publishing("待公开的报告");
        authorsReminder = remindTheAuthor(draftSection);
    }

    @Test
    void each_report_step_is_done_once_by_its_person_and_a_second_attempt_finds_the_task_gone() {
        long reportId = steps.compiling();

        as(
                "coordinator",
                () -> compilation.sendToDeliberation(reportId, "2025年度法治政府建设情况报告", "某某市教育局", LocalDate.now()));
        assertThat(stage(reportId)).isEqualTo(ReportStage.DELIBERATING);
        refusedWith(
                "coordinator",
                reportId,
                "error.task-gone",
                () -> compilation.sendToDeliberation(reportId, "再次汇编", "某某市教育局", LocalDate.now()));

        as(
                "secretary",
                () -> deliberation.record(
                        reportId, "2026年第3次党组会议", LocalDate.now(), DeliberationOutcome.PASSED, Set.of(), ""));
        assertThat(stage(reportId)).isEqualTo(ReportStage.SIGNING);
        refusedWith(
                "secretary",
                reportId,
                "error.task-gone",
                () -> deliberation.record(
                        reportId, "2026年第4次党组会议", LocalDate.now(), DeliberationOutcome.PASSED, Set.of(), ""));

        as("director", () -> signOff.signOff(reportId));
        assertThat(stage(reportId)).isEqualTo(ReportStage.PUBLISHING);
        assertThat(reports.findById(reportId).orElseThrow().getSignedBy()).isEqualTo("director");
        refusedWith("director", reportId, "error.task-gone", () -> signOff.signOff(reportId));

        as("coordinator", () -> publication.publish(reportId, true, ReportSteps.metadata()));
        assertThat(stage(reportId)).isEqualTo(ReportStage.PUBLISHED);
        refusedWith(
                "coordinator",
                reportId,
                "error.task-gone",
                () -> publication.publish(reportId, true, ReportSteps.metadata()));

        as(
                "coordinator",
                () -> publication.recordSubmission(
                        reportId, "市教育局", LocalDate.now(), SuperiorSubmission.Channel.DOCUMENT_EXCHANGE));
        assertThat(as("coordinator", () -> publication.submissions(reportId))).hasSize(1);
        refusedWith(
                "coordinator",
                reportId,
                "error.task-gone",
                () -> publication.recordSubmission(
                        reportId, "市教育局", LocalDate.now(), SuperiorSubmission.Channel.DOCUMENT_EXCHANGE));
        assertThat(work.openTasks()).noneMatch(t -> t.reportId() == reportId);
    }

    @Test
    void a_request_without_a_signed_in_person_is_refused_everywhere() {
        SecurityContextHolder.clearContext();
        long version = version(draftSection);
        List<Runnable> actions = List.of(
                () -> planning.createAndStart(newReport()),
                () -> officeHeadCheck.setOfficeHeadCheck(draftingReport, true),
                () -> drafting.save(draftSection, version, "匿名"),
                () -> drafting.submit(draftSection, version, "匿名"),
                () -> drafting.take(draftSection),
                () -> drafting.approveInOffice(sectionInOfficeCheck),
                () -> review.approve(sectionUnderReview),
                () -> review.take(sectionUnderReview),
                () -> compilation.sendToDeliberation(compilingReport, "匿名", "某某市教育局", LocalDate.now()),
                () -> deliberation.record(
                        deliberatingReport, "会议", LocalDate.now(), DeliberationOutcome.PASSED, Set.of(), ""),
                () -> signOff.signOff(signingReport),
                () -> publication.publish(publishingReport, true, ReportSteps.metadata()),
                () -> queries.section(draftSection),
                () -> queries.document(draftingReport),
                () -> queries.reportHistory(draftingReport),
                () -> inbox.inbox(0, 10),
                () -> inbox.done(0, 10),
                () -> monitoring.reports(),
                () -> notifications.mine(0, 10),
                () -> notifications.unreadCount(),
                () -> notifications.markRead(authorsReminder),
                () -> notifications.markAllRead());
        for (long reportId : List.of(
                draftingReport,
                officeCheckReport,
                compilingReport,
                deliberatingReport,
                signingReport,
                publishingReport)) {
            ReportState before = ReportState.of(context, reportId);
            for (Runnable action : actions) {
                assertThatThrownBy(action::run).isInstanceOf(AccessDeniedException.class);
            }
            assertThat(ReportState.of(context, reportId)).isEqualTo(before);
        }
    }

    Stream<Arguments> actionsOnAForgedId() {
        return Stream.of(
                action("drafting.save", "author", id -> drafting.save(id, 0, "正文")),
                action("drafting.submit", "author", id -> drafting.submit(id, 0, "正文")),
                action("drafting.take", "author", id -> drafting.take(id)),
                action("drafting.release", "author", id -> drafting.release(id)),
                action("drafting.mayEdit", "author", id -> drafting.mayEdit(id)),
                action("drafting.approveInOffice", "officehead", id -> drafting.approveInOffice(id)),
                action("drafting.returnInOffice", "officehead", id -> drafting.returnInOffice(id, "意见")),
                action("review.take", "advisor", id -> review.take(id)),
                action("review.approve", "advisor", id -> review.approve(id)),
                action("review.returnWithOpinion", "advisor", id -> review.returnWithOpinion(id, "意见")),
                action("queries.section", "coordinator", id -> queries.section(id)),
                action(
                        "officeHeadCheck.setOfficeHeadCheck",
                        "coordinator",
                        id -> officeHeadCheck.setOfficeHeadCheck(id, true)),
                action(
                        "compilation.sendToDeliberation",
                        "coordinator",
                        id -> compilation.sendToDeliberation(id, "标题", "某某市教育局", LocalDate.now())),
                action(
                        "deliberation.record",
                        "secretary",
                        id -> deliberation.record(id, "会议", LocalDate.now(), DeliberationOutcome.PASSED, Set.of(), "")),
                action("signOff.signOff", "director", id -> signOff.signOff(id)),
                action(
                        "publication.publish",
                        "coordinator",
                        id -> publication.publish(id, true, ReportSteps.metadata())),
                action(
                        "publication.recordSubmission",
                        "coordinator",
                        id -> publication.recordSubmission(
                                id, "市教育局", LocalDate.now(), SuperiorSubmission.Channel.PAPER)),
                action("queries.document", "coordinator", id -> queries.document(id)),
                action("queries.reportHistory", "coordinator", id -> queries.reportHistory(id)),
                action("queries.summary", "coordinator", id -> queries.summary(id)),
                action("monitoring.sections", "admin", id -> monitoring.sections(id)),
                action("deliberation.records", "secretary", id -> deliberation.records(id)),
                action("publication.publication", "coordinator", id -> publication.publication(id)),
                action("publication.submissions", "coordinator", id -> publication.submissions(id)),
                action("notifications.markRead", "author", id -> notifications.markRead(id)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("actionsOnAForgedId")
    void an_id_that_names_nothing_is_refused_as_not_found(LongConsumer action, String user) {
        notCreated(user, NotFoundException.class, () -> action.accept(FORGED_ID));
    }

    Stream<Arguments> actionsAtTheWrongStep() {
        return Stream.of(
                wrongStep(
                        "the advisor approves a section still in drafting",
                        "advisor",
                        "error.task-gone",
                        () -> draftingReport,
                        () -> review.approve(draftSection)),
                wrongStep(
                        "the advisor returns a section still in drafting",
                        "advisor",
                        "error.task-gone",
                        () -> draftingReport,
                        () -> review.returnWithOpinion(draftSection, "意见")),
                wrongStep(
                        "the advisor takes a section still in drafting",
                        "advisor",
                        "error.task-gone",
                        () -> draftingReport,
                        () -> review.take(draftSection)),
                wrongStep(
                        "the advisor approves an approved section",
                        "advisor",
                        "error.task-gone",
                        () -> draftingReport,
                        () -> review.approve(approvedSection)),
                wrongStep(
                        "the author submits a section under review",
                        "author",
                        "error.section.not-editable",
                        () -> draftingReport,
                        () -> drafting.submit(sectionUnderReview, version(sectionUnderReview), "改写")),
                wrongStep(
                        "the author saves a section under review",
                        "author",
                        "error.section.not-editable",
                        () -> draftingReport,
                        () -> drafting.save(sectionUnderReview, version(sectionUnderReview), "改写")),
                wrongStep(
                        "the author saves an approved section",
                        "author",
                        "error.section.not-editable",
                        () -> draftingReport,
                        () -> drafting.save(approvedSection, version(approvedSection), "改写")),
                wrongStep(
                        "the author takes a section under review",
                        "author",
                        "error.task-gone",
                        () -> draftingReport,
                        () -> drafting.take(sectionUnderReview)),
                wrongStep(
                        "the office head approves a section still in drafting",
                        "officehead",
                        "error.task-gone",
                        () -> officeCheckReport,
                        () -> drafting.approveInOffice(
                                steps.sectionIds(officeCheckReport).get(1))),
                wrongStep(
                        "the office head returns a section in legality review",
                        "officehead",
                        "error.task-gone",
                        () -> draftingReport,
                        () -> drafting.returnInOffice(sectionUnderReview, "意见")),
                wrongStep(
                        "the coordinator compiles a report still in drafting",
                        "coordinator",
                        "error.task-gone",
                        () -> draftingReport,
                        () -> compilation.sendToDeliberation(draftingReport, "标题", "某某市教育局", LocalDate.now())),
                wrongStep(
                        "the secretary records a deliberation before compilation",
                        "secretary",
                        "error.task-gone",
                        () -> compilingReport,
                        () -> deliberation.record(
                                compilingReport, "会议", LocalDate.now(), DeliberationOutcome.PASSED, Set.of(), "")),
                wrongStep(
                        "the director signs a report before deliberation",
                        "director",
                        "error.task-gone",
                        () -> deliberatingReport,
                        () -> signOff.signOff(deliberatingReport)),
                wrongStep(
                        "the coordinator publishes an unsigned report",
                        "coordinator",
                        "error.task-gone",
                        () -> signingReport,
                        () -> publication.publish(signingReport, true, ReportSteps.metadata())),
                wrongStep(
                        "the coordinator records the submission of an unsigned report",
                        "coordinator",
                        "error.task-gone",
                        () -> signingReport,
                        () -> publication.recordSubmission(
                                signingReport, "市教育局", LocalDate.now(), SuperiorSubmission.Channel.PAPER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actionsAtTheWrongStep")
    void an_action_at_the_wrong_step_is_refused_and_changes_nothing(
            Runnable action, String user, String key, java.util.function.LongSupplier reportId) {
        refusedWith(user, reportId.getAsLong(), key, action);
    }

    private static Arguments action(String name, String user, LongConsumer action) {
        return arguments(named(name, action), user);
    }

    private static Arguments wrongStep(
            String name, String user, String key, java.util.function.LongSupplier reportId, Runnable action) {
        return arguments(named(name, action), user, key, reportId);
    }
}
