package com.reportflow.importing;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.planning.TemplateLibrary;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.UserFacingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The import service on the server: only the coordinator reads and accepts, and bad input stores nothing. */
@SpringBootTest
@ActiveProfiles("test")
class ReportImportTest {

    static final String REPORT = "某局2025年法治政府建设情况报告\n一、主要举措和成效\n（一）依法行政\n全年办结56件。\n二、存在的不足和原因\n基础较弱。";

    @Autowired
    ReportImport reportImport;

    @Autowired
    TemplateLibrary library;

    @Test
    void nobody_but_the_coordinator_previews_or_accepts_an_import() {
        ImportedReport read = as("coordinator", () -> reportImport.preview(REPORT));
        for (String user : List.of("author", "officehead", "advisor", "secretary", "director", "admin")) {
            assertThatThrownBy(() -> as(user, () -> reportImport.preview(REPORT)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> reportImport.preview(REPORT.getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> reportImport.accept(read, "越权导入", 2)))
                    .isInstanceOf(AccessDeniedException.class);
            ImportedHeading first = read.outline().getFirst();
            for (Runnable edit : List.<Runnable>of(
                    () -> reportImport.toSimplified(read),
                    () -> reportImport.turnIntoBody(read, first),
                    () -> reportImport.turnIntoHeading(read, first.children().getFirst(), 0),
                    () -> reportImport.changeLevel(read, first.children().getFirst(), 1),
                    () -> reportImport.renameHeading(read, first, "越权修改"),
                    () -> reportImport.changeOpening(read, "越权开头"))) {
                assertThatThrownBy(() -> as(user, edit)).isInstanceOf(AccessDeniedException.class);
            }
        }
        assertThat(as("coordinator", () -> library.list()))
                .noneMatch(t -> t.name().equals("越权导入"));
    }

    @Test
    void a_bad_acceptance_is_refused_with_a_message_and_stores_no_template() {
        ImportedReport read = as("coordinator", () -> reportImport.preview(REPORT));
        ImportedReport empty = new ImportedReport("", List.of("只有一段话。"), List.of(), List.of(), List.of());
        int before = as("coordinator", () -> library.list()).size();

        refused("import.depth", () -> reportImport.accept(read, "层级错误", 0));
        refused("import.depth", () -> reportImport.accept(read, "层级错误", 5));
        refused("import.no-outline", () -> reportImport.accept(empty, "无提纲", 2));
        refused("import.no-outline", () -> reportImport.accept(null, "无内容", 2));
        refused("error.required", () -> reportImport.accept(read, "  ", 2));
        refused("error.too-long", () -> reportImport.accept(read, "名".repeat(101), 2));
        refused("error.control-characters", () -> reportImport.accept(read, "名称\u0000", 2));
        refused("import.not-text", () -> reportImport.preview("正文\u0000\u0001\u0002\u0003\u0004\u0005\u0006"));
        refused(
                "error.required",
                () -> reportImport.renameHeading(read, read.outline().getFirst(), " "));
        refused(
                "error.control-characters",
                () -> reportImport.renameHeading(read, read.outline().getFirst(), "主要\n举措"));
        refused(
                "import.depth",
                () -> reportImport.changeLevel(read, read.outline().getFirst(), 5));

        assertThat(as("coordinator", () -> library.list())).hasSize(before);
    }

    private static void refused(String key, Runnable action) {
        assertThatThrownBy(() -> as("coordinator", action))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo(key);
    }
}
