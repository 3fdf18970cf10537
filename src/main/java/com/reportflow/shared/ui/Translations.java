package com.reportflow.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every feature keeps its own texts in i18n/FEATURE.properties (Simplified Chinese, the default) and
 * i18n/FEATURE_en.properties. A key missing in English falls back to Chinese; a key missing everywhere shows as
 * the key, so it is noticed.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final Map<String, String> chinese = new HashMap<>();
    private final Map<String, String> english = new HashMap<>();

    public Translations() {
        try {
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
                String name = resource.getFilename();
                if (name == null) {
                    continue;
                }
                load(resource, name.endsWith("_en.properties") ? english : chinese);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = null;
        if (locale != null && "en".equals(locale.getLanguage())) {
            pattern = english.get(key);
        }
        if (pattern == null) {
            pattern = chinese.get(key);
        }
        if (pattern == null) {
            return key;
        }
        if (params.length == 0) {
            return pattern;
        }
        Object[] translated = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            translated[i] = params[i] instanceof String s && has(s) ? getTranslation(s, locale) : params[i];
        }
        return new MessageFormat(pattern, locale == null ? CHINESE : locale).format(translated);
    }

    /** Whether a key has a text. */
    public boolean has(String key) {
        return chinese.containsKey(key);
    }

    private static void load(Resource resource, Map<String, String> into) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : properties.stringPropertyNames()) {
            if (into.put(key, properties.getProperty(key)) != null) {
                throw new IllegalStateException("Translation key defined twice: " + key);
            }
        }
    }
}
