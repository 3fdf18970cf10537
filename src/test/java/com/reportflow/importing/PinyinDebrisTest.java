package com.reportflow.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PinyinDebrisTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2024年度法治政府建設工作總結(jié)報告|2024年度法治政府建設工作總結報告|1",
                "完善內控系統(tǒng)，實現(xiàn)全程留痕。|完善內控系統，實現全程留痕。|2",
                "推进信息系统（tǒng）建设|推进信息系统建设|1",
                "法律顾问(gù wèn)制度|法律顾问制度|1",
                "依法治理(zhì lǐ)与绿(lǜ)色发展|依法治理与绿色发展|2",
                "学习(xué xí)了《民法典》(PDF)|学习了《民法典》(PDF)|1",
                "建立约(yuē)束机制|建立约束机制|1",
            })
    void converter_readings_after_a_character_are_dropped_and_counted(String line, String stripped, int count) {
        assertThat(PinyinDebris.strip(line)).isEqualTo(stripped);
        assertThat(PinyinDebris.find(line)).hasSize(count);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "下载全文(PDF)",
                "2024年度(2024)报告",
                "通过质量管理体系认证(ISO 9001)",
                "试行办法（试行）",
                "开展“八五”普法(an)活动",
                "学校代码(Ji)为",
                "jié (jié) 开头不是汉字",
                "(xiàn) 在行首",
                "一般说明(see below)",
            })
    void real_brackets_stay(String line) {
        assertThat(PinyinDebris.find(line)).isEmpty();
        assertThat(PinyinDebris.strip(line)).isEqualTo(line);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"總結(jié)|2|7", "一、(yī)系統(tǒng)|8|14"})
    void a_match_says_where_it_is(String line, int start, int end) {
        PinyinDebris.Match match = PinyinDebris.find(line).getLast();
        assertThat(match.start()).isEqualTo(start);
        assertThat(match.end()).isEqualTo(end);
        assertThat(match.text()).isEqualTo(line.substring(start, end));
    }
}
