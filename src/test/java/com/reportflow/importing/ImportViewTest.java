package com.reportflow.importing;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.reportflow.KaribuTest;
import com.reportflow.planning.NewReportView;
import com.reportflow.planning.OutlineTemplate;
import com.reportflow.planning.TemplateLibrary;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.UploadI18N;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ImportViewTest extends KaribuTest {

    @Autowired
    TemplateLibrary library;

    @Test
    void an_uploaded_report_is_previewed_with_its_outline_renumbered_and_its_debris_counted() {
        ImportView view = open("coordinator");

        _upload(view.source.upload, Samples.WANZHOU, "text/plain", Samples.bytes(Samples.WANZHOU));
        MockVaadin.runUIQueue();

        assertThat(view.preview.isVisible()).isTrue();
        assertThat(view.preview.title.getValue()).isEqualTo("重庆市万州区教育委员会关于2024年法治政府建设情况的报告");
        assertThat(view.preview.stats.getText()).contains("41 个标题");
        assertThat(view.preview.dropped.getSummaryText()).contains("15");
        assertThat(view.preview.dropped.lines.getElement().getTextRecursively()).contains("语音播报");
        assertThat(_size(view.preview.outline)).isEqualTo(41);
        assertThat(view.preview.acceptance.sectionDepth.getValue()).isEqualTo(2);
        view.preview.outline.select(
                view.preview.outline.getTreeData().getRootItems().getFirst());
        assertThat(view.preview.corrections.selectedBody.getText()).startsWith("一、主要举措和成效");
        view.preview.outline.select(view.preview
                .outline
                .getTreeData()
                .getChildren(view.preview.outline.getTreeData().getRootItems().getFirst())
                .getFirst());
        assertThat(view.preview.corrections.selectedBody.getText()).startsWith("（一）依法全面履行政府职能");
    }

    @Test
    void a_gb18030_file_is_read_as_well_as_utf8() {
        ImportView view = open("coordinator");
        byte[] gb = Samples.text(Samples.WUSU).getBytes(Charset.forName("GB18030"));

        _upload(view.source.upload, Samples.WUSU, "text/plain", gb);
        MockVaadin.runUIQueue();

        assertThat(view.preview.isVisible()).isTrue();
        assertThat(view.preview.title.getValue()).contains("乌苏市教育和科学技术局");
        assertThat(view.preview.stats.getText()).contains("26 个标题");
    }

    @Test
    void a_binary_file_is_refused_with_a_message_and_no_preview() {
        ImportView view = open("coordinator");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        _upload(view.source.upload, "report.txt", "text/plain", png);
        MockVaadin.runUIQueue();

        assertThat(view.source.error.isVisible()).isTrue();
        assertThat(view.source.error.getText()).isEqualTo(view.getTranslation("import.not-text"));
        assertThat(view.preview.isVisible()).isFalse();
    }

    @Test
    void pasted_text_is_accepted_as_a_template_and_this_years_report_opens_from_it_with_last_years_text() {
        ImportView view = open("coordinator");
        _setValue(view.source.pasted, Samples.text(Samples.BAISE));
        _click(view.source.readPasted);
        assertThat(view.preview.isVisible()).isTrue();
        _setValue(view.preview.acceptance.templateName, "百色去年报告 " + System.nanoTime());

        _click(view.preview.acceptance.accept);

        _get(NewReportView.class);
        OutlineTemplate saved = as("coordinator", () -> library.list()).stream()
                .filter(t -> t.name().equals(view.preview.acceptance.templateName.getValue()))
                .findFirst()
                .orElseThrow();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("reports/new?template=" + saved.id());
        assertThat(saved.parts())
                .extracting(OutlineTemplate.Node::heading)
                .containsExactly("主要做法及成效", "存在问题及原因分析", "下一步工作计划");
        assertThat(saved.leaves())
                .as("the level-2 headings are the sections; their level-3 items fold into the reference text")
                .hasSize(10)
                .allSatisfy(leaf -> assertThat(leaf.reference()).isNotBlank());
        assertThat(saved.leaves().getFirst().reference()).contains("1.加强组织领导");
    }

    @Test
    void blank_pasted_text_gets_a_message() {
        ImportView view = open("coordinator");
        _setValue(view.source.pasted, " \n ");

        _click(view.source.readPasted);

        assertThat(view.preview.isVisible()).isFalse();
    }

    @Test
    void the_upload_refuses_a_wrong_or_too_big_file_in_chinese_and_says_what_it_takes() {
        ImportView view = open("coordinator");
        UploadI18N texts = view.source.upload.getI18n();

        assertThat(texts).as("the upload's own texts are set").isNotNull();
        for (String shown : List.of(
                texts.getError().getIncorrectFileType(),
                texts.getError().getFileIsTooBig(),
                texts.getError().getTooManyFiles(),
                texts.getAddFiles().getOne(),
                texts.getDropFiles().getOne())) {
            assertThat(shown)
                    .doesNotContain("Incorrect", "Too Big", "Too Many", "Upload", "Drop")
                    .containsPattern("\\p{IsHan}");
        }
        assertThat(texts.getError().getIncorrectFileType()).contains(".txt");
        assertThat(texts.getError().getFileIsTooBig()).contains("1 MB");

        ComponentUtil.fireEvent(
                view.source.upload,
                new FileRejectedEvent(view.source.upload, texts.getError().getIncorrectFileType()));
        assertThat(view.source.error.getText()).contains("只能导入 .txt").doesNotContain("Incorrect");
    }

    @Test
    void only_the_coordinator_reaches_the_import() {
        login("author");
        assertRefused(() -> UI.getCurrent().navigate(ImportView.class));
        assertThat(_find(ImportView.class)).isEmpty();
    }

    @Test
    void a_report_in_traditional_characters_is_converted_to_simplified_in_the_preview_and_the_conversion_undone() {
        ImportView view = paste("""
                某某縣教育局2024年法治政府建設情況報告
                一、主要舉措和成效
                （一）推進依法行政
                全年辦理行政許可事項86件，全部按時辦結。
                二、存在的不足和原因
                執法隊伍力量薄弱。
                """);
        assertThat(view.preview.script.traditional.isVisible()).isTrue();
        assertThat(view.preview.script.toSimplified.isVisible()).isTrue();
        assertThat(view.preview.script.undoSimplified.isVisible()).isFalse();

        _click(view.preview.script.toSimplified);

        assertThat(view.preview.title.getValue()).isEqualTo("某某县教育局2024年法治政府建设情况报告");
        assertThat(headings(view)).containsExactly("一、主要举措和成效", "（一）推进依法行政", "二、存在的不足和原因");
        assertThat(view.preview.script.traditional.getText()).isEqualTo(view.getTranslation("import.converted"));
        assertThat(view.preview.script.undoSimplified.isVisible()).isTrue();

        _click(view.preview.script.undoSimplified);

        assertThat(view.preview.title.getValue()).isEqualTo("某某縣教育局2024年法治政府建設情況報告");
        assertThat(headings(view)).containsExactly("一、主要舉措和成效", "（一）推進依法行政", "二、存在的不足和原因");
        assertThat(view.preview.script.toSimplified.isVisible()).isTrue();
        assertThat(view.preview.script.undoSimplified.isVisible()).isFalse();
    }

    @Test
    void a_run_decoded_in_the_wrong_encoding_is_shown_with_its_line_and_its_sentence_kept() {
        String damaged = "印发了ä¸­æ–‡实施方案，推进依法行政。";
        ImportView view = paste("某某局2025年法治政府建设情况报告\n\n一、主要举措和成效\n\n" + damaged + "\n\n二、存在的不足和原因\n\n制度建设仍有短板。\n");

        assertThat(view.preview.damaged.isVisible()).isTrue();
        assertThat(view.preview.damaged.getSummaryText()).contains("1");
        String listed = view.preview.damaged.lines.getElement().getTextRecursively();
        assertThat(listed).contains("第5行").contains("ä¸­æ–‡");
        assertThat(view.preview.current().outline().getFirst().paragraphs())
                .anySatisfy(p -> assertThat(p).contains(damaged));
    }

    @Test
    void a_report_without_damage_shows_no_damage_list() {
        ImportView view = paste(ReportImportTest.REPORT);

        assertThat(view.preview.damaged.isVisible()).isFalse();
    }

    @Test
    void a_simplified_report_is_not_offered_a_conversion() {
        ImportView view = paste(ReportImportTest.REPORT);

        assertThat(view.preview.script.traditional.isVisible()).isFalse();
        assertThat(view.preview.script.toSimplified.isVisible()).isFalse();
    }

    @Test
    void the_preview_says_how_numbered_items_were_read_and_a_body_item_can_become_a_heading_and_body_again() {
        ImportView view = paste(ITEMS);
        assertThat(view.preview.itemRules.getElement().getTextRecursively())
                .contains("“强化学法用法”下的 2 个编号条目（从“1.”起）都作为正文")
                .contains("“规范行政执法”下的 2 个编号条目（从“1.”起）都作为下一级标题");
        select(view, "（一）强化学法用法");
        assertThat(_find(view.preview.corrections.bodyLines, Button.class)).hasSize(2);

        _click(_find(view.preview.corrections.bodyLines, Button.class).getFirst());

        assertThat(headings(view))
                .containsExactly("一、主要举措和成效", "（一）强化学法用法", "1.党组中心组专题学法2次", "（二）规范行政执法", "1.严格执法程序", "2.加强执法培训");
        assertThat(view.preview.corrections.selectedBody.getText()).isEqualTo("1.党组中心组专题学法2次");
        assertThat(view.preview.corrections.headingLevel.getValue()).isEqualTo(3);

        _click(view.preview.corrections.toBody);

        assertThat(headings(view)).doesNotContain("1.党组中心组专题学法2次").hasSize(5);
        assertThat(view.preview.corrections.selectedBody.getText()).isEqualTo("（一）强化学法用法");
        assertThat(view.preview.corrections.bodyLines.getElement().getTextRecursively())
                .contains("1.党组中心组专题学法2次", "2.组织旁听庭审1次。");
    }

    @Test
    void a_headings_level_and_words_are_changed_in_the_preview_and_saved_with_the_template() {
        ImportView view = paste(ITEMS);
        select(view, "1.严格执法程序");

        _setValue(view.preview.corrections.headingLevel, 2);

        assertThat(headings(view)).contains("（三）严格执法程序", "1.加强执法培训");
        assertThat(view.preview.corrections.headingLevel.getValue()).isEqualTo(2);

        _setValue(view.preview.corrections.headingWords, "严格规范执法程序");
        _click(view.preview.corrections.rename);

        assertThat(headings(view)).contains("（三）严格规范执法程序");
        assertThat(view.preview.corrections.selectedBody.getText()).isEqualTo("（三）严格规范执法程序");

        _setValue(view.preview.acceptance.templateName, "改过标题的导入 " + System.nanoTime());
        _click(view.preview.acceptance.accept);
        OutlineTemplate saved = saved(view.preview.acceptance.templateName.getValue());
        assertThat(saved.leaves()).extracting(l -> l.path().getLast()).contains("严格规范执法程序");
    }

    @Test
    void the_opening_text_is_shown_editable_and_kept_with_the_first_section() {
        ImportView view = paste("""
                某县教育局2024年法治政府建设情况报告
                2024年，我局全面推进依法治教。现将有关情况报告如下：
                一、主要举措和成效
                （一）依法行政
                全年办结56件。
                二、存在的不足和原因
                基础较弱。
                """);
        assertThat(view.preview.opening.getValue()).isEqualTo("2024年，我局全面推进依法治教。现将有关情况报告如下：");
        assertThat(view.preview.opening.isReadOnly()).isFalse();

        String before = view.preview.stats.getText();
        _setValue(view.preview.opening, "2024年，我局全面推进依法治教，成效明显。\n现将有关情况报告如下：\n全局干部学法。");
        assertThat(view.preview.stats.getText()).isNotEqualTo(before);
        _setValue(view.preview.opening, "2024年，我局全面推进依法治教，成效明显。\n现将有关情况报告如下：");
        _setValue(view.preview.acceptance.templateName, "带开头的导入 " + System.nanoTime());
        _click(view.preview.acceptance.accept);

        OutlineTemplate saved = saved(view.preview.acceptance.templateName.getValue());
        assertThat(saved.leaves().getFirst().reference()).isEqualTo("2024年，我局全面推进依法治教，成效明显。\n现将有关情况报告如下：\n全年办结56件。");
    }

    private static final String ITEMS = """
            某县教育局2024年法治政府建设情况报告
            一、主要举措和成效
            （一）强化学法用法
            1.党组中心组专题学法2次；
            2.组织旁听庭审1次。
            （二）规范行政执法
            1.严格执法程序。落实行政执法三项制度。
            2.加强执法培训。组织培训2期。
            """;

    private ImportView paste(String text) {
        ImportView view = open("coordinator");
        _setValue(view.source.pasted, text);
        _click(view.source.readPasted);
        assertThat(view.preview.isVisible()).isTrue();
        return view;
    }

    /** The headings as the preview shows them, renumbered, in reading order. */
    private static List<String> headings(ImportView view) {
        List<String> shown = new ArrayList<>();
        addShown(view, view.preview.outline.getTreeData().getRootItems(), shown);
        return shown;
    }

    private static void addShown(ImportView view, List<ImportedHeading> level, List<String> into) {
        for (ImportedHeading heading : level) {
            into.add(view.preview.outline.shown(heading));
            addShown(view, view.preview.outline.getTreeData().getChildren(heading), into);
        }
    }

    private static void select(ImportView view, String shown) {
        ImportedHeading found = find(view, view.preview.outline.getTreeData().getRootItems(), shown);
        assertThat(found).as(shown).isNotNull();
        view.preview.outline.select(found);
    }

    private static ImportedHeading find(ImportView view, List<ImportedHeading> level, String shown) {
        for (ImportedHeading heading : level) {
            if (view.preview.outline.shown(heading).equals(shown)) {
                return heading;
            }
            ImportedHeading below =
                    find(view, view.preview.outline.getTreeData().getChildren(heading), shown);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    private OutlineTemplate saved(String name) {
        _get(NewReportView.class);
        return as("coordinator", () -> library.list()).stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private ImportView open(String user) {
        login(user);
        UI.getCurrent().navigate(ImportView.class);
        return _get(ImportView.class);
    }
}
