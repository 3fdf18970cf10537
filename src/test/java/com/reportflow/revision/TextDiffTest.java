package com.reportflow.revision;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.revision.Segment.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void identical_texts_are_one_equal_run() {
        TextDiff diff = TextDiff.between("依法全面履行政府职能", "依法全面履行政府职能");

        assertThat(diff.unchanged()).isTrue();
        assertThat(diff.segments()).containsExactly(equal("依法全面履行政府职能"));
        assertThat(diff.insertedChars()).isZero();
        assertThat(diff.deletedChars()).isZero();
    }

    @Test
    void two_empty_texts_have_no_segments() {
        TextDiff diff = TextDiff.between("", null);

        assertThat(diff.unchanged()).isTrue();
        assertThat(diff.segments()).isEmpty();
    }

    @Test
    void text_written_into_an_empty_section_is_all_inserted() {
        TextDiff diff = TextDiff.between(null, "健全依法行政制度体系。");

        assertThat(diff.segments()).containsExactly(inserted("健全依法行政制度体系。"));
        assertThat(diff.unchanged()).isFalse();
        assertThat(diff.insertedChars()).isEqualTo(11);
        assertThat(diff.deletedChars()).isZero();
    }

    @Test
    void text_cleared_from_a_section_is_all_deleted() {
        TextDiff diff = TextDiff.between("健全依法行政制度体系。", "");

        assertThat(diff.segments()).containsExactly(deleted("健全依法行政制度体系。"));
        assertThat(diff.deletedChars()).isEqualTo(11);
    }

    @Test
    void one_chinese_character_replaced_is_one_deletion_and_one_insertion() {
        TextDiff diff = TextDiff.between("坚持依法行政，推进法治建设。", "坚持依规行政，推进法治建设。");

        assertThat(diff.segments()).containsExactly(equal("坚持依"), deleted("法"), inserted("规"), equal("行政，推进法治建设。"));
        assertThat(diff.insertedChars()).isEqualTo(1);
        assertThat(diff.deletedChars()).isEqualTo(1);
    }

    @Test
    void an_insertion_in_the_middle_keeps_both_sides_equal() {
        TextDiff diff = TextDiff.between("加强组织领导", "加强党对法治工作的组织领导");

        assertThat(diff.segments()).containsExactly(equal("加强"), inserted("党对法治工作的"), equal("组织领导"));
        assertThat(diff.insertedChars()).isEqualTo(7);
    }

    @Test
    void characters_outside_the_basic_plane_are_never_split() {
        // 😀 and 😁 share their high surrogate, as do 𠮷 and 𠮶: a diff of UTF-16 units would keep half of each.
        TextDiff diff = TextDiff.between("笑😀，吉𠮷。", "笑😁，吉𠮶。");

        assertThat(diff.segments())
                .containsExactly(
                        equal("笑"),
                        deleted("😀"),
                        inserted("😁"),
                        equal("，吉"),
                        deleted("𠮷"),
                        inserted("𠮶"),
                        equal("。"));
        assertThat(diff.insertedChars()).isEqualTo(2);
        assertThat(diff.deletedChars()).isEqualTo(2);
    }

    @Test
    void splitting_a_paragraph_inserts_a_line_break() {
        TextDiff diff = TextDiff.between("推行一窗综办。优化服务流程。", "推行一窗综办。\n优化服务流程。");

        assertThat(diff.segments()).containsExactly(equal("推行一窗综办。"), inserted("\n"), equal("优化服务流程。"));
        assertThat(diff.insertedChars()).isEqualTo(1);
    }

    @Test
    void a_rewritten_phrase_reads_as_one_deletion_and_one_insertion() {
        // A plain alignment keeps 治 and shows 依[法→规]治[校→教].
        TextDiff diff = TextDiff.between("推进依法治校工作", "推进依规治教工作");

        assertThat(diff.segments()).containsExactly(equal("推进依"), deleted("法治校"), inserted("规治教"), equal("工作"));
    }

    @Test
    void a_line_break_between_two_changes_stays_equal() {
        TextDiff diff = TextDiff.between("甲\n乙", "丙\n丁");

        assertThat(diff.segments())
                .containsExactly(deleted("甲"), inserted("丙"), equal("\n"), deleted("乙"), inserted("丁"));
    }

    @Test
    void two_characters_kept_between_changes_stay_equal() {
        TextDiff diff = TextDiff.between("加强组织领导", "强化组织建设");

        assertThat(diff.segments())
                .containsExactly(deleted("加强"), inserted("强化"), equal("组织"), deleted("领导"), inserted("建设"));
    }

    @Test
    void texts_sharing_no_sentence_beyond_the_budget_are_replaced_as_a_whole() {
        String before = "依法全面履行政府职能。健全依法行政制度体系。";
        String after = "推进行政决策科学化。坚持严格规范公正文明执法。";

        TextDiff diff = TextDiff.between(before, after, 3);

        assertThat(diff.segments())
                .containsExactly(deleted("依法全面履行政府职能。健全依法行政制度体系"), inserted("推进行政决策科学化。坚持严格规范公正文明执法"), equal("。"));
    }

    @Test
    void beyond_the_budget_shared_sentences_anchor_and_small_edits_stay_fine_grained() {
        String before = "第一句写法治。\n没有变化的一句。\n完全不同的旧内容在这里。";
        String after = "第一句写法制。\n没有变化的一句。\n另起炉灶写出新的段落了。";

        TextDiff diff = TextDiff.between(before, after, 4);

        assertThat(diff.segments())
                .containsExactly(
                        equal("第一句写法"),
                        deleted("治"),
                        inserted("制"),
                        equal("。\n没有变化的一句。\n"),
                        deleted("完全不同的旧内容在这里"),
                        inserted("另起炉灶写出新的段落了"),
                        equal("。"));
    }

    private static Segment equal(String text) {
        return new Segment(Kind.EQUAL, text);
    }

    private static Segment inserted(String text) {
        return new Segment(Kind.INSERTED, text);
    }

    private static Segment deleted(String text) {
        return new Segment(Kind.DELETED, text);
    }

    static String reassemble(List<Segment> segments, Kind skipped) {
        StringBuilder text = new StringBuilder();
        segments.stream().filter(s -> s.kind() != skipped).forEach(s -> text.append(s.text()));
        return text.toString();
    }
}
