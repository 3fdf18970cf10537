package com.reportflow.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebDebrisTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[bookmark: _GoBack]",
                "[bookmark: hmcheck_0061cbce16784ab18ab97bdf497ef6ad]  ",
                "　[bookmark: _Toc123][bookmark: _Toc124]",
                "返回顶部",
                "【返回顶部】",
                "扫一扫在手机打开当前页面",
                "文件下载:",
                "文件下载：",
                "文件下载：2024年法治政府建设情况报告.pdf",
                "附件1：报告全文.docx",
                "关联文件:",
                "打印本页",
                "关闭窗口",
                "【打印本页】 【关闭窗口】",
                "分享到：",
                "分享到：微信 微博 QQ空间",
                "语音播报",
                "我要找政策",
                "您当前位置: 首页 > 教育委员会 > 政务公开 > 政府信息公开目录 > 法治政府建设年度报告",
                "当前位置：首页 > 信息公开",
                "首页 > 政务公开 > 法治政府建设",
                "中国政府网 | 重庆市人民政府网 | 重庆市万州区人民政府网 | 万州经济技术开发区网 | |",
                "首页｜政务公开｜政务服务｜English",
                "[ 索引号 ] 1150010100863020XE/2025-00006",
                "[ 发文字号 ]",
                "[ 有效性 ]",
                "[ 发布日期 ] 2025-01-21",
                "索引号：11451000MB1234567X/2025-00012",
                "索 引 号：11451000MB1234567X/2025-00012",
                "发布日期: 2025-01-21",
                "日期:2025-01-21 来源:万州区教委",
                "来源：百色市教育局",
                "浏览次数：1024",
                "浏览次数",
                "【字体：大 中 小】",
                "【字体：大 中 小】【打印】【关闭】",
                "- 1 -",
                "— 2 —",
                "—3—",
                "第2页 共3页",
                "上一篇：关于开展2024年度普法考试的通知",
                "返回頂部",
                "掃一掃在手機打開當前頁面",
                "文件下載：",
                "發布日期：2025-01-21",
            })
    void web_page_debris_is_recognised(String line) {
        assertThat(WebDebris.isDebris(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024年，在市委、市政府的正确领导下，我局扎实推进法治建设。",
                "日期：各校须于2024年3月21日前报送材料。",
                "来源：市财政局拨付的专项资金已全部到位。",
                "经费来源：财政拨款",
                "发布日期为2024年3月21日的文件已全部清理。",
                "严格执行文件的起草、审核、发布、备案、监督等工作。",
                "年度通过百色市人民政府网站主动公开政府信息，浏览次数逐年上升。",
                "文件下载量大幅增长，群众满意度达98%。",
                "主动公开政府信息180余条，及时回应群众关切。",
                "一、主要做法及成效",
                "（一）依法全面履行政府职能",
                "关闭校园周边无证经营摊点12家。",
                "打印、复印等服务实行清单管理。",
                "返回顶部的按钮",
                "行政许可 | 56件 | 100%",
                "| 项目 | 数量 |",
                "重庆市万州区教育委员会",
                "2025121",
                "1",
                "",
                "   ",
            })
    void report_text_is_not_debris(String line) {
        assertThat(WebDebris.isDebris(line)).as(line).isFalse();
    }

    @Test
    void a_null_line_is_not_debris() {
        assertThat(WebDebris.isDebris(null)).isFalse();
    }

    @Test
    void inline_bookmark_markers_are_stripped_and_the_text_kept() {
        assertThat(WebDebris.stripInlineMarkers("[bookmark: hmcheck_3ce5]　　1.强化法规宣传，增强法律意识。"))
                .isEqualTo("　　1.强化法规宣传，增强法律意识。");
        assertThat(WebDebris.stripInlineMarkers("以“八五”[bookmark: _GoBack]普法规划为引领[BOOKMARK:_Toc1]。"))
                .isEqualTo("以“八五”普法规划为引领。");
        assertThat(WebDebris.stripInlineMarkers("[注：本段无标记]")).isEqualTo("[注：本段无标记]");
    }

    @Test
    void a_line_with_a_marker_and_text_is_not_debris() {
        assertThat(WebDebris.isDebris("[bookmark: _GoBack]以“八五”普法规划为引领。")).isFalse();
        assertThat(WebDebris.isDebris("[bookmark: _GoBack]返回顶部")).isTrue();
    }

    @Test
    void inline_markers_are_listed_in_order() {
        assertThat(WebDebris.inlineMarkers("[bookmark: a]文[bookmark: b]字"))
                .containsExactly("[bookmark: a]", "[bookmark: b]");
    }
}
