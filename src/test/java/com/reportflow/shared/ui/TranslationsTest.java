package com.reportflow.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|Errors\\.success\\([^,]+,|Exception)\\(\\s*\"([a-z][a-z0-9.-]*[a-z0-9])\"");

    private final Translations translations = new Translations();

    @Test
    void every_chinese_text_has_an_english_one_and_back() throws IOException {
        assertThat(keys("_en")).as("keys without English").containsAll(keys(""));
        assertThat(keys("")).as("English keys without Chinese").containsAll(keys("_en"));
    }

    @Test
    void every_key_the_code_names_has_a_text() throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    if (!translations.has(m.group(1))) {
                        missing.add(m.group(1) + " in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void every_step_stage_status_history_action_and_notification_kind_has_a_text() {
        for (com.reportflow.workflow.Step step : com.reportflow.workflow.Step.values()) {
            assertThat(translations.has("step." + step.taskKey()))
                    .as(step.name())
                    .isTrue();
        }
        for (com.reportflow.report.ReportStage stage : com.reportflow.report.ReportStage.values()) {
            assertThat(translations.has("stage." + stage.name()))
                    .as(stage.name())
                    .isTrue();
        }
        for (com.reportflow.report.SectionStatus status : com.reportflow.report.SectionStatus.values()) {
            assertThat(translations.has("status." + status.name()))
                    .as(status.name())
                    .isTrue();
        }
        for (com.reportflow.report.HistoryAction action : com.reportflow.report.HistoryAction.values()) {
            assertThat(translations.has("history." + action.name()))
                    .as(action.name())
                    .isTrue();
        }
        for (com.reportflow.notification.NotificationKind kind :
                com.reportflow.notification.NotificationKind.values()) {
            for (String key : List.of("notification.kind.", "notification.mail.subject.", "notification.mail.body.")) {
                assertThat(translations.has(key + kind.name()))
                        .as(key + kind.name())
                        .isTrue();
            }
        }
    }

    @Test
    void arguments_that_are_keys_are_translated_too() {
        assertThat(translations.getTranslation("error.required", Locale.SIMPLIFIED_CHINESE, "opinion"))
                .isEqualTo("请填写意见。");
        assertThat(translations.getTranslation("error.required", Locale.ENGLISH, "opinion"))
                .isEqualTo("Please fill in the opinion.");
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("no.such.key");
    }

    private static Set<String> keys(String suffix) throws IOException {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                boolean english = name.endsWith("_en.properties");
                if (english == suffix.equals("_en")) {
                    Properties p = new Properties();
                    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        p.load(reader);
                    }
                    keys.addAll(p.stringPropertyNames());
                }
            }
        }
        return keys;
    }
}
