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
import com.reportflow.report.NewReportView;
import com.reportflow.report.OutlineTemplate;
import com.reportflow.report.TemplateLibrary;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.UploadI18N;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ImportViewTest extends KaribuTest {

    @Autowired
    TemplateLibrary library;

    @Test
    void an_uploaded_report_is_previewed_with_its_outline_renumbered_and_its_debris_counted() {
        ImportView view = open("coordinator");

        _upload(view.upload, Samples.WANZHOU, "text/plain", Samples.bytes(Samples.WANZHOU));
        MockVaadin.runUIQueue();

        assertThat(view.preview.isVisible()).isTrue();
        assertThat(view.title.getValue()).isEqualTo("重庆市万州区教育委员会关于2024年法治政府建设情况的报告");
        assertThat(view.stats.getText()).contains("41 个标题");
        assertThat(view.dropped.getSummaryText()).contains("15");
        assertThat(view.droppedLines.getElement().getTextRecursively()).contains("语音播报");
        assertThat(_size(view.outline)).isEqualTo(41);
        assertThat(view.sectionDepth.getValue()).isEqualTo(2);
        view.outline.select(view.outline.getTreeData().getRootItems().getFirst());
        assertThat(view.selectedBody.getText()).startsWith("一、主要举措和成效");
        view.outline.select(view.outline
                .getTreeData()
                .getChildren(view.outline.getTreeData().getRootItems().getFirst())
                .getFirst());
        assertThat(view.selectedBody.getText()).startsWith("（一）依法全面履行政府职能");
    }

    @Test
    void a_gb18030_file_is_read_as_well_as_utf8() {
        ImportView view = open("coordinator");
        byte[] gb = Samples.text(Samples.WUSU).getBytes(Charset.forName("GB18030"));

        _upload(view.upload, Samples.WUSU, "text/plain", gb);
        MockVaadin.runUIQueue();

        assertThat(view.preview.isVisible()).isTrue();
        assertThat(view.title.getValue()).contains("乌苏市教育和科学技术局");
        assertThat(view.stats.getText()).contains("26 个标题");
    }

    @Test
    void a_binary_file_is_refused_with_a_message_and_no_preview() {
        ImportView view = open("coordinator");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        _upload(view.upload, "report.txt", "text/plain", png);
        MockVaadin.runUIQueue();

        assertThat(view.error.isVisible()).isTrue();
        assertThat(view.error.getText()).isEqualTo(view.getTranslation("import.not-text"));
        assertThat(view.preview.isVisible()).isFalse();
    }

    @Test
    void pasted_text_is_accepted_as_a_template_and_this_years_report_opens_from_it_with_last_years_text() {
        ImportView view = open("coordinator");
        _setValue(view.pasted, Samples.text(Samples.BAISE));
        _click(view.readPasted);
        assertThat(view.preview.isVisible()).isTrue();
        _setValue(view.templateName, "百色去年报告 " + System.nanoTime());

        _click(view.accept);

        _get(NewReportView.class);
        OutlineTemplate saved = as("coordinator", () -> library.list()).stream()
                .filter(t -> t.name().equals(view.templateName.getValue()))
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
        _setValue(view.pasted, " \n ");

        _click(view.readPasted);

        assertThat(view.preview.isVisible()).isFalse();
    }

    @Test
    void the_upload_refuses_a_wrong_or_too_big_file_in_chinese_and_says_what_it_takes() {
        ImportView view = open("coordinator");
        UploadI18N texts = view.upload.getI18n();

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
                view.upload, new FileRejectedEvent(view.upload, texts.getError().getIncorrectFileType()));
        assertThat(view.error.getText()).contains("只能导入 .txt").doesNotContain("Incorrect");
    }

    @Test
    void only_the_coordinator_reaches_the_import() {
        login("author");
        assertRefused(() -> UI.getCurrent().navigate(ImportView.class));
        assertThat(_find(ImportView.class)).isEmpty();
    }

    private ImportView open(String user) {
        login(user);
        UI.getCurrent().navigate(ImportView.class);
        return _get(ImportView.class);
    }
}
