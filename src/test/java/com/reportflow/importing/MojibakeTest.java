package com.reportflow.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.importing.Mojibake.Finding;
import com.reportflow.importing.Mojibake.Kind;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeTest {

    private static final Charset GBK = Charset.forName("GBK");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "全面推进依法??政，完善制度。|依法??政|QUESTION_MARKS",
                "全面推进依法?政，完善制度。|依法?政|QUESTION_MARKS",
                "组织开展�法宣传活动。|组织开展�法宣传|REPLACEMENT_CHARACTER",
                "本年度共开展ÖÐÎÄÅàÑµ十二场。|ÖÐÎÄÅàÑµ|LATIN1_READING",
                "印发了ä¸­æ–‡实施方案。|ä¸­æ–‡|LATIN1_READING",
                "落实娉曟不鏀垮簻要求。|娉曟不鏀垮簻|RARE_CHARACTERS",
            })
    void a_damaged_run_is_found_with_its_kind_and_an_excerpt(String line, String inExcerpt, Kind kind) {
        List<Finding> found = Mojibake.find("第一行正常。\n" + line);

        assertThat(found).isNotEmpty();
        Finding first = found.getFirst();
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.kind()).isEqualTo(kind);
        assertThat(line.substring(first.offset())).startsWith(first.run());
        assertThat(first.excerpt()).contains(first.run());
        assertThat(line).contains(inExcerpt);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "今年还有哪些不足？我们认真分析了原因。",
                "What is the plan? 这是英文引文。",
                "执行率达到98.5%，温度保持在20°C，面积3×4米。",
                "学校代码·2024·第一批",
                "婺源县、歙县、邕宁区和亳州市的学校参加了交流。",
                "落实“谁执法谁普法”普法责任制——全年开展活动12场。",
                "引用了外文资料(Hélène, café)。",
                "總結(jié)經驗，紮實推進依法行政，於年底前完成。",
                "乾坤朗朗，裡外兼修，臺賬齊全。",
                "",
            })
    void real_text_is_not_taken_for_damage(String line) {
        assertThat(Mojibake.find(line)).isEmpty();
    }

    @Test
    void utf8_read_as_gbk_is_found_on_every_damaged_line() {
        String original = "一、主要举措和成效\n全面推进依法行政，法治政府建设取得新成效。\n严格规范公正文明执法。";
        String damaged = new String(original.getBytes(StandardCharsets.UTF_8), GBK);

        assertThat(Mojibake.find(damaged)).extracting(Finding::line).contains(1, 2, 3);
    }

    @Test
    void gbk_read_as_latin1_is_found() {
        String original = "依法治校示范校创建工作成效明显。";
        String damaged = "前文正常，" + new String(original.getBytes(GBK), StandardCharsets.ISO_8859_1) + "后文正常。";

        assertThat(Mojibake.find(damaged)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.LATIN1_READING);
            assertThat(f.offset()).isEqualTo("前文正常，".length());
        });
    }

    @Test
    void the_three_published_reports_have_no_damage() {
        for (String sample : List.of(Samples.BAISE, Samples.WANZHOU, Samples.WUSU)) {
            assertThat(Mojibake.find(Samples.text(sample))).as(sample).isEmpty();
        }
    }
}
