package com.reportflow.publication;

import java.time.LocalDate;
import java.util.List;

/**
 * What the publisher fills in for the disclosure catalogue. The 索引号 is not here: it is generated.
 *
 * @param documentNumber 发文字号, optional, e.g. 某教发〔2026〕3号
 * @param topicCategory 主题分类, from {@link #TOPICS}
 * @param genreCategory 体裁分类, from {@link #GENRES}
 * @param publishingOrganisation 发布机构, the full name
 * @param validity 有效性, optional
 * @param writtenDate 成文日期
 * @param publishDate 发布日期
 */
public record DisclosureMetadata(
        String documentNumber,
        String topicCategory,
        String genreCategory,
        String publishingOrganisation,
        String validity,
        LocalDate writtenDate,
        LocalDate publishDate) {

    public static final List<String> TOPICS =
            List.of("综合政务", "科技、教育", "公安、安全、司法", "民政、扶贫、救灾", "文化、广电、新闻出版", "卫生、体育", "城乡建设、环境保护", "财政、金融、审计", "其他");

    public static final List<String> GENRES = List.of("报告", "通知", "公告", "意见", "其他");

    public static final List<String> VALIDITIES = List.of("有效", "失效", "废止");
}
