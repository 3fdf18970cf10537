package com.reportflow.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.reportflow.shared.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExportTest {

    private static final float MM = 72 / 25.4f;
    private static final float LEFT = 28 * MM;
    private static final float RIGHT = (28 + 156) * MM;
    private static final float TOP = 37 * MM;
    private static final float BOTTOM = (37 + 225) * MM;

    private static PdfExport export;

    private final ExportedReport report = ExportFixtures.report();
    private PDDocument doc;

    @BeforeAll
    static void fonts() {
        export = new PdfExport(ExportFonts.defaults());
    }

    @AfterAll
    static void closeFonts() {
        export.close();
    }

    @BeforeEach
    void write() {
        ExportFixtures.assumeDefaultFontsInstalled();
        doc = PdfReading.open(export.write(report));
    }

    @AfterEach
    void close() throws IOException {
        if (doc != null) {
            doc.close();
        }
    }

    @Test
    void every_page_is_a4() {
        assertThat(doc.getNumberOfPages()).isEqualTo(2);
        for (PDPage page : doc.getPages()) {
            assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.5f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.5f));
        }
    }

    @Test
    void every_font_is_embedded_as_a_subset() throws IOException {
        List<String> names = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                names.add(font.getName());
            }
        }

        assertThat(names).allMatch(n -> n.matches("[A-Z]{6}\\+.+"), "subset tag ABCDEF+");
        assertThat(names).anyMatch(n -> n.endsWith("+UMingCN"));
        assertThat(names).anyMatch(n -> n.endsWith("+UKaiCN"));
        assertThat(names).anyMatch(n -> n.endsWith("+WenQuanYiZenHei"));
    }

    @Test
    void the_text_reads_back_title_state_every_heading_and_paragraph_in_order() {
        List<String> expected = new ArrayList<>();
        expected.add(report.title());
        expected.add("（审议稿）");
        expected.addAll(ExportedText.blocks(report));
        expected.add("重庆市万州区教育委员会");
        expected.add("2026年1月21日");

        ExportedText.assertInOrder(PdfReading.bodyText(doc), expected);
    }

    @Test
    void characters_no_font_has_are_drawn_as_geta_marks_and_read_back_as_themselves() throws IOException {
        List<String> drawn = new ArrayList<>();
        List<String> actualTexts = new ArrayList<>();
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(doc.getPage(0));
        for (PDMarkedContent content : extractor.getMarkedContents()) {
            actualTexts.add(content.getActualText());
            for (Object glyph : content.getContents()) {
                drawn.add(((TextPosition) glyph).getUnicode());
            }
        }

        assertThat(drawn).containsExactly("〓", "〓");
        assertThat(actualTexts).containsExactly(ExportFixtures.RARE, ExportFixtures.EMOJI);
        assertThat(PdfReading.bodyText(doc)).contains("家长" + ExportFixtures.RARE + "女士留言" + ExportFixtures.EMOJI + "，");
    }

    @Test
    void a_character_the_roles_face_lacks_is_drawn_from_another_embedded_face() {
        assertThat(PdfReading.bodyText(doc)).contains("用" + ExportFixtures.HANGUL + "文填报");
    }

    @Test
    void a_configured_fallback_font_draws_what_the_cjk_faces_lack() throws IOException {
        Path dejaVu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(dejaVu), "fonts-dejavu-core not installed");
        ExportFonts fonts =
                ExportFonts.from(key -> key.equals(ExportFonts.FALLBACKS_SETTING) ? dejaVu.toString() : null);
        ExportedReport hebrew = new ExportedReport(
                "标题",
                "",
                null,
                "",
                List.of(new ExportedHeading(1, "一、", "外文", List.of("希伯来文字母א。"), null)),
                report.generatedAt());

        try (PdfExport withFallback = new PdfExport(fonts);
                PDDocument out = PdfReading.open(withFallback.write(hebrew))) {
            assertThat(PdfReading.bodyText(out)).contains("希伯来文字母א。");
            assertThat(out.getPage(0).getResources().getFontNames())
                    .extracting(name -> fontName(out, name))
                    .anyMatch(n -> n.endsWith("+DejaVuSans"));
        }
    }

    @Test
    void text_of_nothing_printable_and_an_empty_report_still_export() {
        ExportedReport empty = new ExportedReport(
                "",
                "",
                null,
                "",
                List.of(new ExportedHeading(1, "\u200B", "\u0007", List.of("\uFE0F"), null)),
                report.generatedAt());

        try (PDDocument out = PdfReading.open(export.write(empty))) {
            assertThat(out.getNumberOfPages()).isEqualTo(1);
            assertThat(PdfReading.bodyText(out)).isBlank();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void headings_are_set_in_hei_kai_then_ming_by_level_and_the_title_in_2hao() {
        List<PdfReading.Line> lines = PdfReading.lines(doc, 1);

        assertThat(line(lines, "一、主要举措和成效").fontName()).endsWith("WenQuanYiZenHei");
        assertThat(line(lines, "（一）依法全面履行政府职能").fontName()).endsWith("UKaiCN");
        assertThat(line(lines, "1.优化行政审批流程").fontName()).endsWith("UMingCN");
        assertThat(line(lines, "（1）编制办事指南").fontName()).endsWith("UMingCN");
        assertThat(lines.get(0).fontSize()).isEqualTo(22f);
        assertThat(line(lines, "（1）编制办事指南").fontSize()).isEqualTo(16f);
    }

    @Test
    void a_title_of_two_lines_is_set_in_balanced_lines_the_upper_not_shorter() {
        List<PdfReading.Line> lines = PdfReading.lines(doc, 1);
        String upper = lines.get(0).text();
        String lower = lines.get(1).text();

        float upperWidth = lines.get(0).right() - lines.get(0).left();
        float lowerWidth = lines.get(1).right() - lines.get(1).left();

        assertThat(upper + lower).isEqualTo(report.title());
        // Not 20 characters and the rest, which the full width would give.
        assertThat(upperWidth - lowerWidth).isBetween(0f, 3 * 22f);
        assertThat((lines.get(0).left() + lines.get(0).right()) / 2).isCloseTo((LEFT + RIGHT) / 2, within(1f));
        assertThat((lines.get(1).left() + lines.get(1).right()) / 2).isCloseTo((LEFT + RIGHT) / 2, within(1f));
    }

    @Test
    void every_page_carries_its_number_between_em_dashes_odd_pages_right_even_pages_left() {
        ExportedReport longer = ExportFixtures.longReport(8);
        try (PDDocument pages = PdfReading.open(export.write(longer))) {
            assertThat(pages.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            for (int page = 1; page <= pages.getNumberOfPages(); page++) {
                List<PdfReading.Line> numbers = PdfReading.lines(pages, page).stream()
                        .filter(PdfReading.Line::isPageNumber)
                        .toList();
                assertThat(numbers).as("page %d", page).hasSize(1);
                PdfReading.Line number = numbers.get(0);
                assertThat(number.text().strip()).isEqualTo("— " + page + " —");
                assertThat(number.glyphs().get(0).getYDirAdj())
                        .as("below the text block")
                        .isGreaterThan(BOTTOM);
                if (page % 2 == 1) {
                    assertThat(number.right()).isCloseTo(RIGHT - 14, within(1f));
                } else {
                    assertThat(number.left()).isCloseTo(LEFT + 14, within(1f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void body_lines_stay_in_the_text_block_at_most_22_a_page_and_28_characters_a_line() {
        try (PDDocument pages = PdfReading.open(export.write(ExportFixtures.longReport(8)))) {
            for (int page = 1; page <= pages.getNumberOfPages(); page++) {
                List<PdfReading.Line> body = PdfReading.lines(pages, page).stream()
                        .filter(l -> !l.isPageNumber())
                        .toList();
                assertThat(body.size()).as("lines on page %d", page).isLessThanOrEqualTo(22);
                for (PdfReading.Line line : body) {
                    assertThat(line.left()).as(line.text()).isGreaterThanOrEqualTo(LEFT - 0.5f);
                    assertThat(line.right()).as(line.text()).isLessThanOrEqualTo(RIGHT + 0.5f);
                    assertThat(line.glyphs().get(0).getYDirAdj()).isBetween(TOP, BOTTOM);
                    assertThat(ExportedText.squeeze(line.text())
                                    .codePointCount(
                                            0, ExportedText.squeeze(line.text()).length()))
                            .as(line.text())
                            .isLessThanOrEqualTo(28);
                }
            }
            // A full line of Chinese text holds exactly 28 characters.
            assertThat(PdfReading.lines(pages, 1).stream().map(l -> l.text().length()))
                    .contains(28);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void no_line_starts_with_closing_punctuation() {
        try (PDDocument pages = PdfReading.open(export.write(ExportFixtures.longReport(8)))) {
            for (int page = 1; page <= pages.getNumberOfPages(); page++) {
                for (PdfReading.Line line : PdfReading.lines(pages, page)) {
                    assertThat("，。、；：？！）”》".indexOf(line.text().charAt(0)))
                            .as(line.text())
                            .isNegative();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void revisions_are_stated_in_a_table_on_the_last_page() {
        String last = PdfReading.pageText(doc, doc.getNumberOfPages());

        ExportedText.assertInOrder(
                last,
                List.of(
                        "各部分稿次",
                        "章节",
                        "稿次",
                        "（一）依法全面履行政府职能",
                        "第3稿",
                        "1.优化行政审批流程",
                        "第1稿",
                        "（1）编制办事指南",
                        "第2稿",
                        "二、存在的不足和原因",
                        "第1稿"));
        assertThat(PdfReading.pageText(doc, 1)).doesNotContain("各部分稿次");
    }

    @Test
    void the_same_input_gives_identical_bytes_with_fixed_dates() throws IOException {
        byte[] first = export.write(report);
        byte[] again = export.write(ExportFixtures.report());
        byte[] fresh;
        try (PdfExport other = new PdfExport(ExportFonts.defaults())) {
            fresh = other.write(report);
        }

        assertThat(again).isEqualTo(first);
        assertThat(fresh).isEqualTo(first);
        assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(ExportFixtures.GENERATED_AT);
        assertThat(doc.getDocumentInformation().getModificationDate().toInstant())
                .isEqualTo(ExportFixtures.GENERATED_AT);
        assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(report.title());
    }

    @Test
    void a_missing_font_file_is_refused_naming_the_file_and_the_package(@TempDir Path dir) {
        ExportFonts fonts = ExportFonts.from(
                key -> key.equals(ExportFonts.KAI_SETTING) ? dir.resolve("absent.ttc") + "#UKaiCN" : null);

        try (PdfExport missing = new PdfExport(fonts)) {
            assertThatThrownBy(() -> missing.write(report)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.messageKey()).isEqualTo("export.font-missing");
                assertThat(e.args()).containsExactly(dir.resolve("absent.ttc").toString(), "fonts-arphic-ukai");
            });
        }
    }

    @Test
    void a_file_that_is_no_truetype_font_is_refused(@TempDir Path dir) throws IOException {
        Path notAFont = Files.writeString(dir.resolve("font.ttf"), "OTTO not really a font");
        ExportFonts fonts = ExportFonts.from(key -> key.equals(ExportFonts.HEI_SETTING) ? notAFont.toString() : null);

        try (PdfExport unusable = new PdfExport(fonts)) {
            assertThatThrownBy(() -> unusable.write(report))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("export.font-unusable"));
        }
    }

    @Test
    void a_cff_outline_font_such_as_debians_noto_cjk_is_refused() {
        Path noto = Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(noto), "fonts-noto-cjk not installed");
        ExportFonts fonts = ExportFonts.from(
                key -> key.equals(ExportFonts.SERIF_SETTING) ? noto + "#NotoSerifCJKsc-Regular" : null);

        try (PdfExport cff = new PdfExport(fonts)) {
            assertThatThrownBy(() -> cff.write(report))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("export.font-unusable"));
        }
    }

    private static String fontName(PDDocument pdf, COSName name) {
        try {
            return pdf.getPage(0).getResources().getFont(name).getName();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfReading.Line line(List<PdfReading.Line> lines, String text) {
        return lines.stream()
                .filter(l -> l.text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line «" + text + "» in " + lines));
    }
}
