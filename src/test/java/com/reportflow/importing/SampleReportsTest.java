package com.reportflow.importing;

import static com.reportflow.importing.ImportChecks.assertEverySentenceKept;
import static com.reportflow.importing.ImportChecks.assertNoDebrisKept;
import static com.reportflow.importing.ImportChecks.assertNothingInvented;
import static com.reportflow.importing.ImportChecks.lines;
import static com.reportflow.importing.ImportChecks.outline;
import static com.reportflow.importing.ImportChecks.sourceSentences;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The three published reports, read in full: outline, title, closing, debris, and every sentence. */
class SampleReportsTest {

    private final ReportImporter importer = new ReportImporter();

    @Nested
    class Baise {

        private final String source = Samples.text(Samples.BAISE);
        private final ImportedReport report = importer.parse(source);

        @Test
        void the_outline_is_read_in_full() {
            assertThat(outline(report)).containsExactlyElementsOf(lines("""
                                    1 一、|主要做法及成效
                                    2 (一)|强化教育法治建设
                                    3 1.|加强组织领导
                                    3 2.|推动学习贯彻习近平法治思想走深走实
                                    2 (二)|全面履行政府职能
                                    3 1.|执行法律顾问制度
                                    3 2.|推进政府信息公开
                                    3 3.|优化行政审批流程
                                    3 4.|规范行政管理文件
                                    3 5.|规范行政执法行为
                                    2 (三)|持续推进依法治校
                                    3 1.|扎实开展依法治校工作
                                    3 2.|深入开展青少年普法
                                    3 3.|持续推进专门学校建设
                                    1 二、|存在问题及原因分析
                                    2 (一)|法治工作基础较弱
                                    2 (二)|学法普法形式单一
                                    2 (三)|执法能力水平不高
                                    1 三、|下一步工作计划
                                    2 (一)|进一步夯实法治政府建设基础
                                    2 (二)|进一步加大学法普法力度
                                    2 (三)|进一步提升行政执法水平
                                    2 (四)|进一步加强未成年违法犯罪预防治理
                                    """));
            assertThat(report.headingCount()).isEqualTo(23);
        }

        @Test
        void the_page_has_no_title_and_the_opening_paragraph_is_the_preamble() {
            assertThat(report.title()).isEmpty();
            assertThat(report.preamble())
                    .singleElement()
                    .asString()
                    .startsWith("2024年,在市委、市政府的正确领导下")
                    .endsWith("现将基本情况报告如下:");
            assertThat(report.closing()).isEmpty();
        }

        @Test
        void the_download_links_are_dropped() {
            assertThat(report.dropped()).containsExactly("文件下载:", "关联文件:");
            assertNoDebrisKept(report);
        }

        @Test
        void a_run_in_heading_keeps_its_body_and_a_wrapped_line_is_joined_to_it() {
            ImportedHeading study =
                    report.outline().get(0).children().get(0).children().get(1);

            assertThat(study.paragraphs())
                    .containsExactly("抓领导干部“关键少数”学。严格落实“第一议题”“首课学法”学习制度,将习近平法治思想纳入局党组会、局务会及党组理论学习中心组会"
                            + "“第一议题”主要学习内容。2024年,组织局领导干部学习4次,参与学习153人(次),不断把习近平法治思想核心要义学深学透。");
        }

        @Test
        void every_sentence_is_kept_and_nothing_invented() {
            assertThat(assertEverySentenceKept(source, report, Set.of()))
                    .isEqualTo(sourceSentences(source).size());
            assertNothingInvented(source, report);
        }
    }

    @Nested
    class Wanzhou {

        private static final String PAGE_TITLE = "重庆市万州区教育委员会关于2024年度法治政府建设情况的报告";

        private final String source = Samples.text(Samples.WANZHOU);
        private final ImportedReport report = importer.parse(source);

        /**
         * The source lost "(二" to "(六" before five level-2 headings (")坚持依法治教…") and the whole number of
         * "行政权力制约监督科学有效"; five items run their heading into a long first sentence without a full stop
         * ("2.发挥专门学校矫治作用通过新仪学校…"): their heading is the first clause of that sentence, cut at its first
         * comma or semicolon (the whole sentence where it has none), as the coordinator would shorten it by hand.
         */
        @Test
        void the_outline_is_read_in_full_despite_the_lost_numbers() {
            assertThat(outline(report)).containsExactlyElementsOf(lines("""
                                    1 一、|主要举措和成效
                                    2 (一)|依法全面履行政府职能
                                    3 1.|优化行政审批流程
                                    3 2.|精心打造平台建设
                                    3 3.|政务服务有序推进
                                    2 )|坚持依法治教、依法治校,稳步促进青少年健康成长
                                    3 1.|法治副校长全覆盖
                                    3 2.|发挥专门学校矫治作用通过新仪学校矫治教育
                                    3 3.|推动依法治校示范校建设三峡小学、电报路小学、福建小学等3依法治校示范校典型案例被市教委采用
                                    3 4.|打造法治精品课程
                                    3 5.|开展系列法治教育活动
                                    2 )|依法行政、依法决策制度体系不断健全
                                    3 1.|严格执行“三重一大”事项决策制度
                                    3 2.|开展线上+线下行政检查
                                    3 3.|运用法治化手段优化营商环境
                                    2 )|加强教育行政执法,坚持严格规范公正文明执法
                                    3 1.|强化理论学习区教委通过理论学习中心组、工委会、干部职工会不断学习党的二十大报告习近平法治思想等内容
                                    3 2.|扎实开展执法培训
                                    3 3.|严格执行执法程序
                                    3 4.|积极协调落实“大综合一体化”行政执法改革工作
                                    3 5.|加强校外教育培训等重点领域执法检查
                                    2 |行政权力制约监督科学有效
                                    3 1.|落实督导体系
                                    3 2.|推动政务公开
                                    3 3.|自觉接受党内外监督
                                    2 )|有效化解社会矛盾纠纷
                                    3 1.|坚持定期研判
                                    3 2.|坚持能效通报
                                    3 3.|坚持每月排查
                                    3 4.|持续完善机制
                                    1 二、|党政主要负责人履行推进法治建设第一责任人职责情况
                                    2 (一)|强化组织领导区委教育工委书记、区教委主任主持召开工委会理论学习中心组学习会议、机关干部职工大会、书记(校长)专题会
                                    2 (二)|深入学习贯彻党内法律法规印发《2024度全区教育系统党组织理论学习意见》
                                    1 三、|存在的不足原因
                                    2 (一)|普法宣传效果有待提升
                                    2 (二)|法治工作队伍的专业度还有待提高
                                    1 四、|2025年主要安排
                                    2 (一)|强化理论学习
                                    2 (二)|加强队伍建设
                                    2 (三)|强化宣传教育
                                    2 (四)|推进依法治校
                                    """));
            assertThat(report.headingCount()).isEqualTo(41);
        }

        @Test
        void a_heading_run_into_its_sentence_is_the_first_clause_and_the_body_does_not_repeat_it() {
            ImportedHeading special =
                    report.outline().get(0).children().get(1).children().get(1);

            assertThat(special.heading()).isEqualTo("发挥专门学校矫治作用通过新仪学校矫治教育");
            assertThat(special.paragraphs())
                    .singleElement()
                    .asString()
                    .startsWith("学生的行为习惯")
                    .endsWith("学校社会影响力进一步扩大。");
        }

        @Test
        void the_document_title_is_kept_once_and_the_page_title_dropped() {
            assertThat(report.title()).isEqualTo("重庆市万州区教育委员会关于2024年法治政府建设情况的报告");
            assertThat(report.dropped()).contains(PAGE_TITLE);
            assertThat(report.preamble()).containsExactly("现将区教委2024年法治政府建设情况报告如下:");
        }

        @Test
        void the_issuer_and_date_close_the_report() {
            assertThat(report.closing()).containsExactly("重庆市万州区教育委员会", "2025121");
        }

        @Test
        void the_page_header_metadata_and_widgets_are_dropped() {
            // The breadcrumb separates its steps with no-break spaces; compared here with plain ones.
            assertThat(report.dropped())
                    .map(line -> line.replace('\u00A0', ' '))
                    .containsExactly(
                            "中国政府网 | 重庆市人民政府网 | 重庆市万州区人民政府网 | 万州经济技术开发区网 | |",
                            "您当前位置: 首页 > 教育委员会 > 政务公开 > 政府信息公开目录 > 法治政府建设年度报告",
                            "[ 索引号 ] 1150010100863020XE/2025-00006",
                            "[ 发文字号 ]",
                            "[ 主题分类 ] 科技、教育",
                            "[ 体裁分类 ] 其他",
                            "[ 发布机构 ] 万州区教委",
                            "[ 有效性 ]",
                            "[ 成文日期 ] 2025-01-21",
                            "[ 发布日期 ] 2025-01-21",
                            PAGE_TITLE,
                            "日期:2025-01-21 来源:万州区教委",
                            "语音播报",
                            "扫一扫在手机打开当前页面",
                            "我要找政策");
            assertNoDebrisKept(report);
        }

        @Test
        void every_sentence_is_kept_and_nothing_invented() {
            assertThat(assertEverySentenceKept(source, report, Set.of(PAGE_TITLE)))
                    .isEqualTo(sourceSentences(source).size() - 1);
            assertNothingInvented(source, report);
        }
    }

    @Nested
    class Wusu {

        private final String source = Samples.text(Samples.WUSU);
        private final ImportedReport report = importer.parse(source);

        @Test
        void the_outline_is_read_in_full() {
            assertThat(outline(report)).containsExactlyElementsOf(lines("""
                                    1 一、|本年度推进法治政府建设的主要举措和成效
                                    2 （一）|强化组织领导，确保法治教育顺利推进
                                    3 1.|积极构建法治建设网络，全面提高教育系统普法效能
                                    3 2.|加强对领导干部的法治教育，全面增强领导干部服务意识
                                    3 3.|加强对广大教师的法治教育，致力增强教师的公职意识
                                    2 （二）|完善规章制度，夯实教育行政执法基础
                                    3 1.|建立健全规章制度
                                    3 2.|不断健全科学民主决策机制
                                    3 3.|加强文件的制发和管理
                                    2 （三）|推进依法治理，营造教育高质量发展良好法治氛围
                                    3 1.|健全学校章程及管理制度
                                    3 2.|健全监管机制
                                    3 3.|发挥法治副校长的作用
                                    2 （四）|突出重点，加大教育行政执法力度
                                    3 1.|加强队伍建设
                                    3 2.|深入开展各类型专项治理及检查
                                    3 3.|依法有效化解各类矛盾纠纷
                                    2 （五）|切实增强普法的针对性和实效性，助力落实立德树人根本任务
                                    3 1.|强化法规宣传，增强法律意识
                                    3 2.|落实法治课进校园、进教材、进课堂
                                    3 3.|积极开展法治教育活动，法治教育入脑入心
                                    1 二、|存在的不足
                                    1 三、|2024年推进法治政府建设的主要安排
                                    2 （一）|强化依法决策
                                    2 （二）|抓好法治培训
                                    2 （三）|强化部门协同
                                    """));
            assertThat(report.headingCount()).isEqualTo(26);
        }

        @Test
        void the_title_wrapped_over_two_lines_is_joined() {
            assertThat(report.title()).isEqualTo("乌苏市教育和科学技术局2023年法治政府建设情况报告");
            assertThat(report.preamble()).singleElement().asString().startsWith("2023年，在市委、市政府的坚强领导下");
            assertThat(report.closing()).isEmpty();
        }

        @Test
        void a_section_without_sub_headings_keeps_its_body() {
            ImportedHeading shortcomings = report.outline().get(1);

            assertThat(shortcomings.paragraphs())
                    .singleElement()
                    .asString()
                    .startsWith("2023年，市教育科系统法治政府建设工作虽然取得了一定成效")
                    .contains("一是工作人员法治意识和能力有待提高。", "二是教育行政执法体系有待完善。");
        }

        @Test
        void the_bookmark_markers_are_dropped_and_their_lines_kept() {
            assertThat(report.dropped())
                    .containsExactly(
                            "[bookmark: hmcheck_0061cbce16784ab18ab97bdf497ef6ad]",
                            "[bookmark: hmcheck_d4c9473e9cbf4ff39223f3cabd5d065b]",
                            "[bookmark: hmcheck_3ce5101c45424c9a84890ff08dbcfdd3]",
                            "[bookmark: hmcheck_230e5dc3a8404a00a703147a6bec7015]",
                            "[bookmark: _GoBack]",
                            "[bookmark: hmcheck_20053cad38484afaa0c9b060e482e64e]");
            assertThat(report.outline()
                            .get(0)
                            .children()
                            .get(0)
                            .children()
                            .get(0)
                            .paragraphs())
                    .singleElement()
                    .asString()
                    .startsWith("市教科局高度重视法治建设工作");
            assertNoDebrisKept(report);
        }

        @Test
        void every_sentence_is_kept_and_nothing_invented() {
            assertThat(assertEverySentenceKept(source, report, Set.of()))
                    .isEqualTo(sourceSentences(source).size());
            assertNothingInvented(source, report);
        }
    }
}
