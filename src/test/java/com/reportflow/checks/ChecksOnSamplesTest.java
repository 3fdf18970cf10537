package com.reportflow.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.reportflow.checks.Finding.Kind;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * All checks over the three published sample reports, parsed minimally (see SampleReports). Debris is asserted with
 * contains: WebDebris recognises more kinds on the importing branch ("关联文件:", "我要找政策").
 */
class ChecksOnSamplesTest {

    @BeforeEach
    void samplesArePresent() {
        SampleReports.assumePresent();
    }

    @Test
    void baise_lacks_the_responsible_person_part_and_keeps_a_download_line() {
        List<Finding> findings = run("baise-education-2024");

        assertThat(of(findings, Kind.MISSING_PART))
                .extracting(Finding::args)
                .containsExactly(List.of("checks.part.RESPONSIBLE_PERSON"));
        assertThat(of(findings, Kind.WEB_DEBRIS))
                .extracting(Finding::place, Finding::excerpt)
                .contains(tuple("三、（四） 第2段", "文件下载:"));
        assertThat(findings)
                .extracting(Finding::kind, Finding::place, Finding::args)
                .contains(
                        tuple(Kind.TYPED_NUMBER_IN_BODY, "一、（一） 第1段", List.of("1.")),
                        tuple(Kind.HALF_WIDTH_PUNCTUATION, "一、（一） 第1段", List.of(4)));
        assertThat(of(findings, Kind.WRONG_DATE)).isEmpty();
        assertThat(of(findings, Kind.UNBALANCED_MARK)).isEmpty();
    }

    @Test
    void wusu_lacks_the_responsible_person_part_and_writes_full_width_punctuation_throughout() {
        List<Finding> findings = run("wusu-education-2023");

        assertThat(of(findings, Kind.MISSING_PART))
                .extracting(Finding::args)
                .containsExactly(List.of("checks.part.RESPONSIBLE_PERSON"));
        assertThat(findings)
                .extracting(Finding::kind, Finding::place, Finding::args)
                .contains(tuple(Kind.TYPED_NUMBER_IN_BODY, "一、（一） 第2段", List.of("2.")));
        assertThat(of(findings, Kind.HALF_WIDTH_PUNCTUATION)).isEmpty();
        assertThat(of(findings, Kind.WRONG_DATE)).isEmpty();
    }

    @Test
    void wanzhou_has_every_required_part_and_its_half_deleted_numbers_are_found() {
        List<Finding> findings = run("wanzhou-education-2024");

        assertThat(of(findings, Kind.MISSING_PART)).isEmpty();
        assertThat(of(findings, Kind.PART_OUT_OF_ORDER)).isEmpty();
        List<String> halfDeleted =
                List.of(")坚持依法治教、依法治校,稳步促进青少年健康成长", ")依法行政、依法决策制度体系不断健全", ")加强教育行政执法,坚持严格规范公正文明执法", ")有效化解社会矛盾纠纷");
        for (String line : halfDeleted) {
            assertThat(findings)
                    .filteredOn(f -> f.excerpt().equals(line))
                    .extracting(Finding::kind)
                    .contains(Kind.TYPED_NUMBER_IN_BODY, Kind.UNBALANCED_MARK);
        }
        assertThat(of(findings, Kind.UNBALANCED_MARK))
                .extracting(Finding::args)
                .containsOnly(List.of(")"), List.of("”"));
    }

    @Test
    void wanzhou_dates_debris_and_half_width_punctuation_are_found() {
        List<Finding> findings = run("wanzhou-education-2024");

        assertThat(of(findings, Kind.WRONG_DATE))
                .extracting(Finding::args, Finding::place)
                .containsExactly(tuple(List.of("20243月"), "一、（一） 第21段"), tuple(List.of("2025121"), "四、（四） 第3段"));
        assertThat(of(findings, Kind.WEB_DEBRIS)).extracting(Finding::excerpt).contains("扫一扫在手机打开当前页面");
        assertThat(of(findings, Kind.HALF_WIDTH_PUNCTUATION))
                .hasSizeGreaterThan(20)
                .anySatisfy(f -> assertThat(f.excerpt()).contains("学宪法.讲宪法"));
    }

    @Test
    void every_finding_on_the_samples_is_in_document_order_with_a_short_excerpt() {
        for (String sample : List.of("baise-education-2024", "wanzhou-education-2024", "wusu-education-2023")) {
            List<CheckedSection> outline = SampleReports.outline(sample);
            List<Finding> findings = ReportChecks.run(outline);
            List<Long> order = outline.stream().map(CheckedSection::sectionId).toList();

            assertThat(findings)
                    .as(sample)
                    .isSortedAccordingTo(Comparator.comparing(
                                    (Finding f) -> f.sectionId() == null ? -1 : order.indexOf(f.sectionId()))
                            .thenComparingInt(Finding::paragraph));
            assertThat(findings).allSatisfy(f -> assertThat(
                            f.excerpt().codePointCount(0, f.excerpt().length()))
                    .isLessThanOrEqualTo(Excerpt.MAX_LENGTH));
        }
    }

    private static List<Finding> run(String sample) {
        return ReportChecks.run(SampleReports.outline(sample));
    }

    private static List<Finding> of(List<Finding> findings, Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }
}
