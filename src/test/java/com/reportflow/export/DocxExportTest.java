package com.reportflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

class DocxExportTest {

    private final ExportedReport report = ExportFixtures.report();
    private XWPFDocument doc;

    @BeforeEach
    void export() {
        doc = open(DocxExport.write(report));
    }

    @AfterEach
    void close() throws IOException {
        doc.close();
    }

    @Test
    void the_page_is_a4_with_the_margins_of_a_156_by_225_mm_text_block() {
        CTSectPr section = doc.getDocument().getBody().getSectPr();
        CTPageSz size = section.getPgSz();
        CTPageMar margins = section.getPgMar();

        assertThat(mm(size.getW())).isCloseTo(210, within());
        assertThat(mm(size.getH())).isCloseTo(297, within());
        assertThat(mm(margins.getTop())).isCloseTo(37, within());
        assertThat(mm(margins.getLeft())).isCloseTo(28, within());
        assertThat(mm(margins.getRight())).isCloseTo(26, within());
        assertThat(mm(margins.getBottom())).isCloseTo(35, within());
        assertThat(mm(size.getW()) - mm(margins.getLeft()) - mm(margins.getRight()))
                .isCloseTo(156, within());
        assertThat(mm(size.getH()) - mm(margins.getTop()) - mm(margins.getBottom()))
                .isCloseTo(225, within());
    }

    @Test
    void the_document_grid_has_22_lines_of_28_characters() {
        CTSectPr section = doc.getDocument().getBody().getSectPr();
        CTDocGrid grid = section.getDocGrid();
        double textHeight = twips(section.getPgSz().getH())
                - twips(section.getPgMar().getTop())
                - twips(section.getPgMar().getBottom());
        double textWidth = twips(section.getPgSz().getW())
                - twips(section.getPgMar().getLeft())
                - twips(section.getPgMar().getRight());
        double linePitch = grid.getLinePitch().doubleValue();
        // Word's character pitch: the default font size plus charSpace/4096 points.
        double charPitchTwips = (16 + grid.getCharSpace().doubleValue() / 4096) * 20;

        assertThat(grid.getType()).isEqualTo(STDocGrid.LINES_AND_CHARS);
        assertThat((int) (textHeight / linePitch)).isEqualTo(22);
        assertThat(textWidth / charPitchTwips).isCloseTo(28, org.assertj.core.data.Offset.offset(0.01));
        assertThat(doc.getStyles().getDefaultRunStyle().getFontSizeAsDouble()).isEqualTo(16.0);
    }

    @Test
    void the_title_is_2hao_xiaobiaosong_centred_and_the_state_line_follows_it() {
        XWPFParagraph title = doc.getParagraphs().get(0);
        XWPFParagraph state = doc.getParagraphs().get(1);

        assertThat(title.getText()).isEqualTo(report.title());
        assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(eastAsiaFont(title.getRuns().get(0))).isEqualTo("方正小标宋简体");
        assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);
        assertThat(state.getText()).isEqualTo("（审议稿）");
        assertThat(state.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
    }

    @Test
    void headings_are_hei_kai_then_fangsong_by_level_and_body_text_is_3hao_fangsong_indented_two_characters() {
        assertThat(eastAsiaFont(paragraph("一、主要举措和成效"))).isEqualTo("黑体");
        assertThat(eastAsiaFont(paragraph("（一）依法全面履行政府职能"))).isEqualTo("楷体");
        assertThat(eastAsiaFont(paragraph("1.优化行政审批流程"))).isEqualTo("仿宋");
        assertThat(eastAsiaFont(paragraph("（1）编制办事指南"))).isEqualTo("仿宋");

        XWPFParagraph body = paragraph(report.headings().get(1).paragraphs().get(0));
        assertThat(eastAsiaFont(body)).isEqualTo("仿宋");
        assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
        assertThat(body.getCTP().getPPr().getInd().getFirstLineChars()).isEqualTo(BigInteger.valueOf(200));
        assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
    }

    @Test
    void headings_stay_with_the_next_paragraph_and_carry_their_outline_level() {
        XWPFParagraph heading = paragraph("（1）编制办事指南");

        assertThat(heading.getCTP().getPPr().isSetKeepNext()).isTrue();
        assertThat(heading.getCTP().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.valueOf(3));
    }

    @Test
    void every_heading_and_paragraph_is_there_in_document_order_with_rare_characters_kept() {
        List<String> texts =
                doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();

        assertThat(texts).containsSubsequence(ExportedText.blocks(report));
        assertThat(String.join("", texts)).contains(ExportFixtures.RARE, ExportFixtures.EMOJI, ExportFixtures.HANGUL);
    }

    @Test
    void issuer_and_closing_date_end_the_text_on_the_right_with_the_date_two_characters_in_from_the_issuer() {
        List<XWPFParagraph> body = doc.getParagraphs();
        int dateAt = indexOf("2026年1月21日");
        XWPFParagraph issuer = body.get(dateAt - 1);
        XWPFParagraph date = body.get(dateAt);

        assertThat(issuer.getText()).isEqualTo("重庆市万州区教育委员会");
        assertThat(body.get(dateAt - 2).getText())
                .as("a blank line above the issuer")
                .isEmpty();
        assertThat(body.get(dateAt - 3).getText()).isEqualTo("执法人员的法治素养有待进一步提高。");
        assertThat(issuer.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
        assertThat(date.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
        // Issuer 11 characters wide, 2 in from the right; the date (6½ wide) starts 2 characters further right.
        assertThat(rightIndentChars(issuer)).isEqualTo(2.0);
        assertThat(rightIndentChars(date)).isEqualTo(4.5);
    }

    @Test
    void revisions_are_stated_in_a_table_on_a_page_of_its_own_after_the_closing_date() {
        XWPFParagraph tableTitle = paragraph("各部分稿次");
        XWPFTable table = doc.getTables().get(0);

        assertThat(indexOf("各部分稿次")).isGreaterThan(indexOf("2026年1月21日"));
        assertThat(tableTitle.isPageBreak()).isTrue();
        assertThat(table.getRows()).hasSize(5);
        assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("章节");
        assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("（一）依法全面履行政府职能");
        assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("第3稿");
        assertThat(table.getRow(4).getCell(0).getText()).isEqualTo("二、存在的不足和原因");
        assertThat(table.getRow(4).getCell(1).getText()).isEqualTo("第1稿");
    }

    @Test
    void a_document_whose_sections_state_no_revision_has_no_table_and_no_state_line() throws IOException {
        ExportedReport published = new ExportedReport(
                report.title(),
                report.issuer(),
                report.closingDate(),
                "",
                report.headings().stream()
                        .map(h -> new ExportedHeading(h.depth(), h.number(), h.heading(), h.paragraphs(), null))
                        .toList(),
                report.generatedAt());

        try (XWPFDocument plain = open(DocxExport.write(published))) {
            assertThat(plain.getTables()).isEmpty();
            assertThat(plain.getParagraphs().get(1).getText()).isEmpty();
            assertThat(plain.getParagraphs().get(2).getText()).isEqualTo("一、主要举措和成效");
        }
    }

    @Test
    void footers_show_the_page_field_between_em_dashes_odd_pages_right_even_pages_left() {
        XWPFFooter odd = doc.getHeaderFooterPolicy().getDefaultFooter();
        XWPFFooter even = doc.getHeaderFooterPolicy().getEvenPageFooter();

        assertThat(doc.getEvenAndOddHeadings()).isTrue();
        assertPageField(odd.getParagraphs().get(0));
        assertPageField(even.getParagraphs().get(0));
        assertThat(odd.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
        assertThat(even.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
    }

    @Test
    void the_same_input_gives_identical_bytes_stamped_with_the_generation_time_only() throws IOException {
        byte[] first = DocxExport.write(report);
        byte[] second = DocxExport.write(ExportFixtures.report());

        assertThat(second).isEqualTo(first);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(2026, 1, 21, 10, 30));
            }
        }
        assertThat(names.get(0)).isEqualTo("[Content_Types].xml");
        assertThat(doc.getProperties().getCoreProperties().getCreated().toInstant())
                .isEqualTo(ExportFixtures.GENERATED_AT);
        assertThat(doc.getProperties().getCoreProperties().getModified().toInstant())
                .isEqualTo(ExportFixtures.GENERATED_AT);
    }

    @Test
    void text_with_control_characters_still_makes_a_document_word_processors_open() throws IOException {
        ExportedReport broken = new ExportedReport(
                "标题\u0001",
                "",
                null,
                "",
                List.of(new ExportedHeading(1, "一、", "总体\u0007情况", List.of("正文\u000B一段\uDC00。"), null)),
                report.generatedAt());

        try (XWPFDocument reopened = open(DocxExport.write(broken))) {
            assertThat(reopened.getParagraphs())
                    .extracting(XWPFParagraph::getText)
                    .containsExactly("标题", "", "一、总体情况", "正文一段。");
        }
    }

    @Test
    void a_different_generation_time_changes_the_bytes() {
        ExportedReport later = new ExportedReport(
                report.title(),
                report.issuer(),
                report.closingDate(),
                report.stateLabel(),
                report.headings(),
                report.generatedAt().plusSeconds(3600));

        assertThat(DocxExport.write(later)).isNotEqualTo(DocxExport.write(report));
    }

    private static void assertPageField(XWPFParagraph p) {
        List<CTR> runs = p.getCTP().getRList();
        StringBuilder shown = new StringBuilder();
        String instruction = null;
        boolean inField = false;
        for (CTR r : runs) {
            if (r.sizeOfFldCharArray() > 0) {
                STFldCharType.Enum type = r.getFldCharArray(0).getFldCharType();
                if (type == STFldCharType.BEGIN) {
                    inField = true;
                    shown.append('[');
                } else if (type == STFldCharType.END) {
                    inField = false;
                    shown.append(']');
                }
            }
            if (r.sizeOfInstrTextArray() > 0) {
                instruction = r.getInstrTextArray(0).getStringValue().strip();
            }
            if (!inField && r.sizeOfTArray() > 0) {
                shown.append(r.getTArray(0).getStringValue());
            }
        }
        assertThat(instruction).isEqualTo("PAGE");
        assertThat(shown.toString()).isEqualTo("— [] —");
    }

    private XWPFParagraph paragraph(String text) {
        return doc.getParagraphs().get(indexOf(text));
    }

    private int indexOf(String text) {
        List<XWPFParagraph> paragraphs = doc.getParagraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).getText().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph «" + text + "»");
    }

    private static String eastAsiaFont(XWPFParagraph p) {
        return eastAsiaFont(p.getRuns().get(0));
    }

    private static String eastAsiaFont(XWPFRun run) {
        return run.getFontFamily(XWPFRun.FontCharRange.eastAsia);
    }

    private static double rightIndentChars(XWPFParagraph p) {
        return p.getCTP().getPPr().getInd().getRightChars().doubleValue() / 100;
    }

    private static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double twips(Object value) {
        return ((BigInteger) value).doubleValue();
    }

    private static double mm(Object twips) {
        return twips(twips) * 25.4 / 1440;
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.05);
    }
}
