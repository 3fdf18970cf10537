package com.reportflow.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.shared.InvalidInputException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ImportDecodingTest {

    private static final String REPORT = "一、主要举措和成效\n（一）依法全面履行政府职能\n1.优化行政审批流程。推行“一窗综办”。\n";

    @Test
    void utf8_text_is_decoded() {
        assertThat(ImportDecoding.decode(REPORT.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(REPORT);
    }

    @Test
    void the_utf8_byte_order_mark_is_stripped() {
        byte[] text = REPORT.getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[text.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(text, 0, marked, 3, text.length);

        assertThat(ImportDecoding.decode(marked)).isEqualTo(REPORT);
    }

    @Test
    void gb18030_bytes_of_a_sample_decode_to_the_same_text() {
        String sample = Samples.text(Samples.WUSU);
        byte[] gb = sample.getBytes(Charset.forName("GB18030"));
        assertThat(gb).isNotEqualTo(sample.getBytes(StandardCharsets.UTF_8));

        assertThat(ImportDecoding.decode(gb)).isEqualTo(sample);
    }

    @Test
    void gbk_text_with_windows_line_endings_is_decoded_and_normalised() {
        byte[] gbk = "一、主要举措\r\n（一）依法行政\r\n".getBytes(Charset.forName("GBK"));

        assertThat(ImportDecoding.decode(gbk)).isEqualTo("一、主要举措\n（一）依法行政\n");
    }

    @Test
    void bytes_valid_in_neither_encoding_are_refused() {
        byte[] text = REPORT.getBytes(StandardCharsets.UTF_8);
        byte[] broken = Arrays.copyOf(text, text.length + 2);
        broken[text.length] = (byte) 0xFF;
        broken[text.length + 1] = (byte) 0x80;

        assertRefused(() -> ImportDecoding.decode(broken), "import.bad-encoding");
    }

    @Test
    void utf16_text_is_refused_as_an_encoding_we_do_not_read() {
        byte[] utf16 = ("\uFEFF" + REPORT).getBytes(StandardCharsets.UTF_16LE);

        assertRefused(() -> ImportDecoding.decode(utf16), "import.bad-encoding");
    }

    @Test
    void a_png_is_not_text() {
        byte[] png = {
            (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0x01, 0x00
        };

        assertRefused(() -> ImportDecoding.decode(png), "import.not-text");
    }

    @Test
    void control_characters_without_a_nul_byte_are_not_text_either() {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 4 == 0 ? 0x07 : 'a');
        }

        assertRefused(() -> ImportDecoding.decode(bytes), "import.not-text");
    }

    @Test
    void one_stray_control_character_in_a_report_is_tolerated() {
        String text = REPORT.repeat(3) + "\f";

        assertThat(ImportDecoding.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void empty_and_blank_files_are_refused() {
        assertRefused(() -> ImportDecoding.decode(new byte[0]), "import.empty");
        assertRefused(() -> ImportDecoding.decode(null), "import.empty");
        assertRefused(() -> ImportDecoding.decode(" \r\n\t".getBytes(StandardCharsets.UTF_8)), "import.empty");
    }

    @Test
    void a_file_larger_than_the_limit_is_refused_with_the_limit_in_kib() {
        byte[] oversize = new byte[ImportDecoding.MAX_BYTES + 1];
        Arrays.fill(oversize, (byte) 'a');

        assertThatThrownBy(() -> ImportDecoding.decode(oversize))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.too-large");
                    assertThat(e.args()).containsExactly(1024);
                });
    }

    @Test
    void a_file_of_exactly_the_limit_is_accepted() {
        byte[] full = new byte[ImportDecoding.MAX_BYTES];
        Arrays.fill(full, (byte) 'a');

        assertThat(ImportDecoding.decode(full)).hasSize(ImportDecoding.MAX_BYTES);
    }

    @Test
    void pasted_text_gets_unix_line_endings_and_loses_its_byte_order_mark() {
        assertThat(ImportDecoding.normalise("\uFEFF一、主要举措\r\n（一）依法行政\r二、存在的不足\n"))
                .isEqualTo("一、主要举措\n（一）依法行政\n二、存在的不足\n");
    }

    @Test
    void pasted_text_follows_the_file_rules() {
        assertRefused(() -> ImportDecoding.normalise(""), "import.empty");
        assertRefused(() -> ImportDecoding.normalise(null), "import.empty");
        assertRefused(() -> ImportDecoding.normalise("\u3000 \n"), "import.empty");
        assertRefused(() -> ImportDecoding.normalise("一、主要举措\u0000"), "import.not-text");
        assertRefused(() -> ImportDecoding.normalise("a\u0001b\u0002c\u0003"), "import.not-text");
        // Chinese characters take three bytes in UTF-8: the limit is on bytes, as for a file.
        String large = "法".repeat(ImportDecoding.MAX_BYTES / 3 + 1);
        assertRefused(() -> ImportDecoding.normalise(large), "import.too-large");
    }

    private static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                .isEqualTo(key));
    }
}
