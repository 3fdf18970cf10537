package com.reportflow.review;

import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.reportflow.RefusalTest;
import com.reportflow.report.LegalOpinion;
import com.reportflow.report.OpinionAspect;
import com.reportflow.workflow.Decision;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad or malformed opinions of the legal advisor: refused, nothing changed. */
class ReviewBadInputTest extends RefusalTest {

    @BeforeAll
    void openReports() {
        openDraftingReportWithOfficeCheck();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("opinions")
    void a_bad_opinion_of_the_legal_advisor_is_refused(String opinion, String key) {
        refusedInput(draftingReport, key, "advisor", () -> review.returnWithOpinion(sectionUnderReview, opinion));
    }

    static Stream<Arguments> findings() {
        return Stream.of(OpinionAspect.values()).flatMap(aspect -> badOptionalText(5_000)
                .map(args -> arguments(
                        named(aspect + ": " + args.get()[0], aspect),
                        ((Named<?>) args.get()[0]).getPayload(),
                        args.get()[1])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("findings")
    void a_bad_finding_in_a_structured_opinion_is_refused(OpinionAspect aspect, String finding, String key) {
        LegalOpinion opinion = new LegalOpinion(Decision.RETURN, findingOn(aspect, finding), "请修改。", null);
        refusedInput(draftingReport, key, "advisor", () -> review.decide(sectionUnderReview, 1, opinion));
    }

    static Stream<Arguments> malformedOpinions() {
        return Stream.of(
                arguments(
                        named("paragraph 0", new LegalOpinion(Decision.RETURN, Map.of(), "请修改。", 0)),
                        "error.opinion.paragraph"),
                arguments(
                        named("paragraph -3", new LegalOpinion(Decision.RETURN, Map.of(), "请修改。", -3)),
                        "error.opinion.paragraph"),
                arguments(
                        named("paragraph beyond the text", new LegalOpinion(Decision.RETURN, Map.of(), "请修改。", 99)),
                        "error.opinion.paragraph"),
                arguments(
                        named("no conclusion", new LegalOpinion(null, Map.of(), "请修改。", null)),
                        "error.opinion.conclusion"),
                arguments(
                        named(
                                "a return with blank findings only",
                                new LegalOpinion(
                                        Decision.RETURN,
                                        Map.of(OpinionAspect.CONTENT, " \n", OpinionAspect.WORDING, "\u3000"),
                                        "\t",
                                        null)),
                        "error.required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedOpinions")
    void a_malformed_structured_opinion_is_refused(LegalOpinion opinion, String key) {
        refusedInput(draftingReport, key, "advisor", () -> review.decide(sectionUnderReview, 1, opinion));
    }

    @Test
    void a_decision_on_a_revision_other_than_the_one_under_review_is_refused() {
        refusedInput(
                draftingReport,
                "error.review.revision-changed",
                "advisor",
                () -> review.decide(sectionUnderReview, 7, LegalOpinion.approval()));
    }

    private static Map<OpinionAspect, String> findingOn(OpinionAspect aspect, String text) {
        Map<OpinionAspect, String> findings = new java.util.EnumMap<>(OpinionAspect.class);
        findings.put(aspect, text);
        return findings;
    }
}
