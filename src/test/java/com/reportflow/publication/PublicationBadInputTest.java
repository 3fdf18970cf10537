package com.reportflow.publication;

import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.reportflow.RefusalTest;
import com.reportflow.ReportSteps;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad disclosure metadata and a bad submission upward: refused, nothing changed. */
class PublicationBadInputTest extends RefusalTest {

    long publishingReport;

    @BeforeAll
    void openReports() {
        publishingReport = steps.publishing("待公开的报告");
    }

    static Stream<Arguments> documentNumbers() {
        return Stream.concat(
                Stream.of(
                        arguments(named("one over the limit", "某教发〔2026〕" + "1".repeat(51) + "号"), TOO_LONG),
                        arguments(named("a line break", "某教发\n〔2026〕3号"), CONTROL),
                        arguments(named("half-width brackets", "某教发[2026]3号"), "error.publication.document-number"),
                        arguments(named("no year", "某教发3号"), "error.publication.document-number"),
                        arguments(named("markup", "某教发〔2026〕3号" + SCRIPT), "error.publication.document-number")),
                controlCharacters());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("titles")
    void a_bad_publishing_organisation_is_refused(String organisation, String key) {
        refusedInput(
                publishingReport,
                key,
                "coordinator",
                () -> publication.publish(
                        publishingReport,
                        true,
                        ReportSteps.metadata(m -> new DisclosureMetadata(
                                m.documentNumber(),
                                m.topicCategory(),
                                m.genreCategory(),
                                organisation,
                                m.validity(),
                                m.writtenDate(),
                                m.publishDate()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentNumbers")
    void a_bad_document_number_is_refused(String documentNumber, String key) {
        refusedInput(
                publishingReport,
                key,
                "coordinator",
                () -> publication.publish(
                        publishingReport,
                        true,
                        ReportSteps.metadata(m -> new DisclosureMetadata(
                                documentNumber,
                                m.topicCategory(),
                                m.genreCategory(),
                                m.publishingOrganisation(),
                                m.validity(),
                                m.writtenDate(),
                                m.publishDate()))));
    }

    Stream<Arguments> badMetadata() {
        LocalDate today = LocalDate.now();
        return Stream.of(
                badMetadata("no metadata at all", REQUIRED, m -> null),
                badMetadata(
                        "a topic not in the catalogue",
                        REQUIRED,
                        m -> new DisclosureMetadata(
                                m.documentNumber(),
                                "不存在的分类",
                                m.genreCategory(),
                                m.publishingOrganisation(),
                                m.validity(),
                                m.writtenDate(),
                                m.publishDate())),
                badMetadata(
                        "no topic",
                        REQUIRED,
                        m -> new DisclosureMetadata(
                                m.documentNumber(),
                                null,
                                m.genreCategory(),
                                m.publishingOrganisation(),
                                m.validity(),
                                m.writtenDate(),
                                m.publishDate())),
                badMetadata(
                        "no genre",
                        REQUIRED,
                        m -> new DisclosureMetadata(
                                m.documentNumber(),
                                m.topicCategory(),
                                null,
                                m.publishingOrganisation(),
                                m.validity(),
                                m.writtenDate(),
                                m.publishDate())),
                badMetadata(
                        "a genre with markup",
                        REQUIRED,
                        m -> new DisclosureMetadata(
                                m.documentNumber(),
                                m.topicCategory(),
                                "报告" + SCRIPT,
                                m.publishingOrganisation(),
                                m.validity(),
                                m.writtenDate(),
                                m.publishDate())),
                badMetadata(
                        "an unknown validity",
                        REQUIRED,
                        m -> new DisclosureMetadata(
                                m.documentNumber(),
                                m.topicCategory(),
                                m.genreCategory(),
                                m.publishingOrganisation(),
                                "永久",
                                m.writtenDate(),
                                m.publishDate())),
                badMetadata(
                        "no written date",
                        REQUIRED,
                        m -> new DisclosureMetadata(
                                m.documentNumber(),
                                m.topicCategory(),
                                m.genreCategory(),
                                m.publishingOrganisation(),
                                m.validity(),
                                null,
                                m.publishDate())),
                badMetadata(
                        "no publish date",
                        REQUIRED,
                        m -> new DisclosureMetadata(
                                m.documentNumber(),
                                m.topicCategory(),
                                m.genreCategory(),
                                m.publishingOrganisation(),
                                m.validity(),
                                m.writtenDate(),
                                null)),
                badMetadata(
                        "a publish date in the future",
                        "error.publication.dates",
                        m -> new DisclosureMetadata(
                                m.documentNumber(),
                                m.topicCategory(),
                                m.genreCategory(),
                                m.publishingOrganisation(),
                                m.validity(),
                                today,
                                today.plusDays(1))),
                badMetadata(
                        "written after publication",
                        "error.publication.dates",
                        m -> new DisclosureMetadata(
                                m.documentNumber(),
                                m.topicCategory(),
                                m.genreCategory(),
                                m.publishingOrganisation(),
                                m.validity(),
                                today,
                                today.minusDays(1))),
                badMetadata(
                        "written before the sign-off",
                        "error.publication.written-date-fixed",
                        m -> new DisclosureMetadata(
                                m.documentNumber(),
                                m.topicCategory(),
                                m.genreCategory(),
                                m.publishingOrganisation(),
                                m.validity(),
                                today.minusDays(1),
                                today)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMetadata")
    void incomplete_or_inconsistent_disclosure_metadata_is_refused(
            UnaryOperator<DisclosureMetadata> change, String key) {
        refusedInput(
                publishingReport,
                key,
                "coordinator",
                () -> publication.publish(publishingReport, true, ReportSteps.metadata(change)));
    }

    @Test
    void publication_without_the_confidentiality_check_is_refused() {
        refusedInput(
                publishingReport,
                "error.publication.confidentiality",
                "coordinator",
                () -> publication.publish(publishingReport, false, ReportSteps.metadata()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("titles")
    void a_bad_recipient_of_the_submission_is_refused(String recipient, String key) {
        refusedInput(
                publishingReport,
                key,
                "coordinator",
                () -> publication.recordSubmission(
                        publishingReport, recipient, LocalDate.now(), SuperiorSubmission.Channel.PAPER));
    }

    @Test
    void a_submission_without_date_or_channel_or_dated_tomorrow_is_refused() {
        refusedInput(
                publishingReport,
                REQUIRED,
                "coordinator",
                () -> publication.recordSubmission(publishingReport, "市教育局", null, SuperiorSubmission.Channel.PAPER));
        refusedInput(
                publishingReport,
                "error.submission.future-date",
                "coordinator",
                () -> publication.recordSubmission(
                        publishingReport, "市教育局", LocalDate.now().plusDays(1), SuperiorSubmission.Channel.PAPER));
        refusedInput(
                publishingReport,
                REQUIRED,
                "coordinator",
                () -> publication.recordSubmission(publishingReport, "市教育局", LocalDate.now(), null));
    }

    private static Arguments badMetadata(String name, String key, UnaryOperator<DisclosureMetadata> change) {
        return arguments(named(name, change), key);
    }
}
