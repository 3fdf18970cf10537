package com.reportflow.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ChecksTranslationsTest {

    private static final Path I18N = Path.of("src/main/resources/i18n");

    @Test
    void every_kind_of_finding_and_every_part_has_a_chinese_and_an_english_text() throws IOException {
        Properties chinese = load("checks.properties");
        Properties english = load("checks_en.properties");

        for (Finding.Kind kind : Finding.Kind.values()) {
            assertThat(chinese.getProperty(kind.messageKey())).as(kind.name()).isNotBlank();
            assertThat(english.getProperty(kind.messageKey())).as(kind.name()).isNotBlank();
        }
        for (StatutoryPart part : StatutoryPart.values()) {
            assertThat(chinese.getProperty(part.nameKey())).as(part.name()).isNotBlank();
            assertThat(english.getProperty(part.nameKey())).as(part.name()).isNotBlank();
        }
    }

    @Test
    void both_languages_show_every_argument_of_a_message() throws IOException {
        Properties chinese = load("checks.properties");
        Properties english = load("checks_en.properties");

        for (Finding.Kind kind : Finding.Kind.values()) {
            String inChinese = format(chinese.getProperty(kind.messageKey()), Locale.SIMPLIFIED_CHINESE);
            String inEnglish = format(english.getProperty(kind.messageKey()), Locale.ENGLISH);
            for (String arg : new String[] {"ARG0", "ARG1"}) {
                assertThat(inEnglish.contains(arg)).as(kind + " " + arg).isEqualTo(inChinese.contains(arg));
            }
            assertThat(inChinese).as(kind.name()).doesNotContain("{");
            assertThat(inEnglish).as(kind.name()).doesNotContain("{");
        }
    }

    private static String format(String pattern, Locale locale) {
        return new MessageFormat(pattern, locale).format(new Object[] {"ARG0", "ARG1"});
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(I18N.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
