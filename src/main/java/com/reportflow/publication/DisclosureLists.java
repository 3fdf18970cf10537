package com.reportflow.publication;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The values a bureau's disclosure catalogue allows for 主题分类, 体裁分类 and 有效性. Local catalogues differ, so the
 * lists are configuration ({@code reportflow.disclosure.*} in application.properties, comma-separated); the defaults
 * follow common county-level catalogues.
 */
@Component
public class DisclosureLists {

    private final List<String> topics;
    private final List<String> genres;
    private final List<String> validities;

    DisclosureLists(
            @Value("${reportflow.disclosure.topics}") List<String> topics,
            @Value("${reportflow.disclosure.genres}") List<String> genres,
            @Value("${reportflow.disclosure.validities}") List<String> validities) {
        this.topics = clean(topics);
        this.genres = clean(genres);
        this.validities = clean(validities);
    }

    public List<String> topics() {
        return topics;
    }

    public List<String> genres() {
        return genres;
    }

    public List<String> validities() {
        return validities;
    }

    private static List<String> clean(List<String> values) {
        List<String> kept = values.stream()
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .distinct()
                .toList();
        if (kept.isEmpty()) {
            throw new IllegalStateException("A disclosure list in reportflow.disclosure.* is empty");
        }
        return kept;
    }
}
