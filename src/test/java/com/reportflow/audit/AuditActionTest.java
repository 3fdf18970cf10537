package com.reportflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.report.HistoryAction;
import com.reportflow.shared.ui.Translations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every action code the code writes to the audit trail has a label in both languages. */
class AuditActionTest {

    private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z_]{3,})\"");

    @Test
    void every_action_code_written_to_the_trail_has_a_chinese_and_an_english_label() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/reportflow"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (!source.contains("AuditEvent.done(")
                        && !source.contains("AuditEvent.refused(")
                        && !source.contains("new AuditEvent(")) {
                    continue;
                }
                Matcher m = CODE.matcher(source);
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        codes.remove("ADMIN");
        for (HistoryAction action : HistoryAction.values()) {
            codes.add(action.name());
        }
        Translations translations = new Translations();
        assertThat(codes).contains("LOGIN", "USER_CREATED", "SUBMITTED");
        assertThat(codes).allSatisfy(code -> assertThat(
                        translations.has("audit.action." + code) || translations.has("history." + code))
                .as(code)
                .isTrue());
        assertThat(codes).allSatisfy(code -> assertThat(translations.getTranslation(
                        translations.has("audit.action." + code) ? "audit.action." + code : "history." + code,
                        Translations.ENGLISH))
                .as(code)
                .doesNotContainPattern("\\p{IsHan}"));
    }
}
