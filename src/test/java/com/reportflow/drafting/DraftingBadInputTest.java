package com.reportflow.drafting;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.reportflow.RefusalTest;
import com.reportflow.report.ReportSection;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad section text, saved or submitted, and a bad opinion of the office head: refused, nothing changed. */
class DraftingBadInputTest extends RefusalTest {

    @BeforeAll
    void openReports() {
        openDraftingReportWithOfficeCheck();
    }

    static Stream<Arguments> sectionTexts() {
        return badOptionalText(ReportSection.MAX_BODY_LENGTH);
    }

    static Stream<Arguments> submittedTexts() {
        return Stream.concat(
                Stream.of(
                        arguments(named("empty", ""), "error.section.empty"),
                        arguments(named("blank lines", " \n\u3000\r\n\t"), "error.section.empty"),
                        arguments(named("missing", null), "error.section.empty")),
                sectionTexts());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sectionTexts")
    void a_bad_section_text_is_not_saved(String text, String key) {
        refusedInput(draftingReport, key, "author", () -> drafting.save(draftSection, version(draftSection), text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("submittedTexts")
    void a_bad_or_empty_section_text_is_not_submitted(String text, String key) {
        refusedInput(draftingReport, key, "author", () -> drafting.submit(draftSection, version(draftSection), text));
    }

    @Test
    void a_section_text_at_the_limit_is_saved_and_line_endings_are_normalised() {
        String longest = "字".repeat(ReportSection.MAX_BODY_LENGTH);
        String rarest = "𠮷".repeat(ReportSection.MAX_BODY_LENGTH / 2);
        as("author", () -> drafting.save(spareSection, version(spareSection), longest));
        assertThat(body(spareSection)).isEqualTo(longest);
        as("author", () -> drafting.save(spareSection, version(spareSection), rarest));
        assertThat(body(spareSection)).isEqualTo(rarest);
        as("author", () -> drafting.save(spareSection, version(spareSection), "第一段\r\n第二段\r第三段\n"));
        assertThat(body(spareSection)).isEqualTo("第一段\n第二段\n第三段\n");
        as("author", () -> drafting.save(spareSection, version(spareSection), ""));
        assertThat(body(spareSection)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("opinions")
    void a_bad_opinion_of_the_office_head_is_refused(String opinion, String key) {
        refusedInput(draftingReport, key, "officehead", () -> drafting.returnInOffice(sectionInOfficeCheck, opinion));
    }
}
