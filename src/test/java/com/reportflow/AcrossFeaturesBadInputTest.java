package com.reportflow;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.deliberation.Deliberation;
import com.reportflow.publication.DisclosureMetadata;
import com.reportflow.publication.Publication;
import com.reportflow.publication.SuperiorSubmission;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.HistoryEntry;
import com.reportflow.report.Report;
import com.reportflow.workflow.DeliberationOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Markup and entity text are legitimate text at every place people type along a report's whole way, from the new
 * report to the submission upward: stored exactly as typed and never interpreted.
 */
class AcrossFeaturesBadInputTest extends RefusalTest {

    @Test
    void markup_and_entity_text_are_stored_exactly_as_typed_everywhere_and_never_interpreted() {
        String markup = SCRIPT + ENTITY;
        String body = "第一段 " + SCRIPT + "\n" + ENTITY + "\n&lt;b&gt; &amp; <![CDATA[x]]> ${7*7} {{7*7}}";

        long reportId = as("coordinator", () -> planning.createAndStart(newReport("报告" + markup, assignments())));
        assertThat(reports.findById(reportId).orElseThrow().getTitle()).isEqualTo("报告" + markup);
        as("coordinator", () -> officeHeadCheck.setOfficeHeadCheck(reportId, true));
        List<Long> sections = steps.sectionIds(reportId);
        long first = sections.getFirst();

        as("author", () -> drafting.save(first, version(first), body));
        assertThat(body(first)).isEqualTo(body);
        steps.submit("author", first, body);
        as("officehead", () -> drafting.returnInOffice(first, "科室意见 " + markup));
        assertThat(as("author", () -> drafting.section(first)).latestReturn().getComment())
                .isEqualTo("科室意见 " + markup);
        as("coordinator", () -> officeHeadCheck.setOfficeHeadCheck(reportId, false));
        steps.submit("author", first, body);
        as("advisor", () -> review.returnWithOpinion(first, "审查意见\n" + markup));
        assertThat(as("author", () -> drafting.section(first))
                        .latestReturnOpinion()
                        .orElseThrow()
                        .remarks())
                .isEqualTo("审查意见\n" + markup);
        steps.submit("author", first, body);
        for (long sectionId : sections) {
            if (sectionId != first) {
                steps.submit("author", sectionId, "正文 " + sectionId);
            }
            as("advisor", () -> review.approve(sectionId));
        }

        as(
                "coordinator",
                () -> compilation.sendToDeliberation(reportId, "标题" + markup, "机关" + markup, LocalDate.now()));
        Report compiled = reports.findById(reportId).orElseThrow();
        assertThat(compiled.getTitle()).isEqualTo("标题" + markup);
        assertThat(compiled.getIssuer()).isEqualTo("机关" + markup);

        as(
                "secretary",
                () -> deliberation.record(
                        reportId,
                        "会议" + markup,
                        LocalDate.now(),
                        DeliberationOutcome.RETURNED,
                        Set.of(first),
                        "意见" + markup + "\n" + markup));
        Deliberation record =
                as("secretary", () -> deliberation.records(reportId)).getLast();
        assertThat(record.getMeetingName()).isEqualTo("会议" + markup);
        assertThat(record.getNotes()).isEqualTo("意见" + markup + "\n" + markup);
        steps.submit("author", first, body);
        as("advisor", () -> review.approve(first));
        steps.compile(reportId, "标题" + markup);
        as(
                "secretary",
                () -> deliberation.record(
                        reportId, "会议" + markup, LocalDate.now(), DeliberationOutcome.PASSED, Set.of(), null));
        as("director", () -> signOff.signOff(reportId));

        as(
                "coordinator",
                () -> publication.publish(
                        reportId,
                        true,
                        ReportSteps.metadata(m -> new DisclosureMetadata(
                                m.documentNumber(),
                                m.topicCategory(),
                                m.genreCategory(),
                                "某某市教育局" + markup,
                                m.validity(),
                                m.writtenDate(),
                                m.publishDate()))));
        as(
                "coordinator",
                () -> publication.recordSubmission(
                        reportId, "市教育局" + markup, LocalDate.now(), SuperiorSubmission.Channel.EMAIL));
        Publication published =
                as("coordinator", () -> publication.publication(reportId)).orElseThrow();
        assertThat(published.getPublishingOrganisation()).isEqualTo("某某市教育局" + markup);
        assertThat(as("coordinator", () -> publication.submissions(reportId))
                        .getFirst()
                        .getRecipient())
                .isEqualTo("市教育局" + markup);

        assertThat(as("coordinator", () -> queries.document(reportId)).entries())
                .filteredOn(e -> e.sectionId() == first)
                .singleElement()
                .satisfies(e -> assertThat(e.body())
                        .as("the document every later step reads")
                        .isEqualTo(body));
        assertThat(as("coordinator", () -> queries.reportHistory(reportId)))
                .filteredOn(h -> h.getAction() == HistoryAction.COMPILED)
                .extracting(HistoryEntry::getComment)
                .containsOnly("标题" + markup);
        assertThat(ReportState.of(context, reportId).toString())
                .as("stored as typed, not escaped")
                .contains(ENTITY, SCRIPT)
                .doesNotContain("&lt;script");
    }
}
