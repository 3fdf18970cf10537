package com.reportflow.publication;

import java.time.LocalDate;

/**
 * What the publisher fills in for the disclosure catalogue. The 索引号 is not here: it is generated.
 *
 * @param documentNumber 发文字号, optional, e.g. 某教发〔2026〕3号
 * @param topicCategory 主题分类, from the configured {@link DisclosureLists#topics()}
 * @param genreCategory 体裁分类, from the configured {@link DisclosureLists#genres()}
 * @param publishingOrganisation 发布机构, the full name
 * @param validity 有效性, optional, from the configured {@link DisclosureLists#validities()}
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
        LocalDate publishDate) {}
