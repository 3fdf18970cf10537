package com.reportflow.planning;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.ReportSteps;
import com.reportflow.directory.Directory;
import com.reportflow.drafting.DraftingService;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportQueries;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.UserFacingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class TemplateLibraryTest {

    @Autowired
    TemplateLibrary library;

    @Autowired
    ReportPlanning planning;

    @Autowired
    ReportQueries queries;

    @Autowired
    DraftingService drafting;

    @Autowired
    Directory directory;

    @Autowired
    ApplicationContext context;

    static List<OutlineTemplate.Node> fourLevels() {
        return List.of(
                OutlineTemplate.Node.part(
                        "主要举措和成效",
                        List.of(OutlineTemplate.Node.part(
                                "依法全面履行政府职能",
                                List.of(
                                        new OutlineTemplate.Node("优化行政审批流程", false, "去年：推行一窗综办。", List.of()),
                                        OutlineTemplate.Node.part(
                                                "政务服务",
                                                List.of(
                                                        OutlineTemplate.Node.section("应进必进"),
                                                        OutlineTemplate.Node.section("提速增效"))))))),
                OutlineTemplate.Node.section("存在的不足和原因"),
                new OutlineTemplate.Node("其他需要报告的情况", true, "", List.of()));
    }

    @Test
    void a_bureau_template_is_stored_as_a_tree_and_read_back_the_same() {
        String name = "本局模板 " + UUID.randomUUID();
        long id = as("coordinator", () -> library.create(name, fourLevels()));

        OutlineTemplate stored = as("coordinator", () -> library.get(id));

        assertThat(stored.name()).isEqualTo(name);
        assertThat(stored.parts()).isEqualTo(fourLevels());
        assertThat(stored.depth()).isEqualTo(4);
        assertThat(stored.leaves())
                .extracting(OutlineTemplate.Leaf::label)
                .containsExactly(
                        "主要举措和成效 / 依法全面履行政府职能 / 优化行政审批流程",
                        "主要举措和成效 / 依法全面履行政府职能 / 政务服务 / 应进必进",
                        "主要举措和成效 / 依法全面履行政府职能 / 政务服务 / 提速增效",
                        "存在的不足和原因",
                        "其他需要报告的情况");
        assertThat(as("coordinator", () -> library.list())).first().satisfies(t -> assertThat(t.isStatutory())
                .isTrue());
        assertThat(as("coordinator", () -> library.list()))
                .extracting(OutlineTemplate::name)
                .contains(name);
    }

    @Test
    void a_report_opened_from_a_bureau_template_has_its_levels_numbered_and_the_reference_beside_each_draft() {
        long templateId = as("coordinator", () -> library.create("四级模板 " + UUID.randomUUID(), fourLevels()));
        OutlineTemplate template = as("coordinator", () -> library.get(templateId));
        long office = directory.officeByCode("JCJYK").orElseThrow().getId();
        List<NewReport.Assignment> assignments = new ArrayList<>();
        for (OutlineTemplate.Leaf leaf : template.leaves()) {
            boolean included = !leaf.optional();
            assignments.add(new NewReport.Assignment(
                    leaf.index(),
                    included,
                    included ? office : null,
                    included ? LocalDate.now().plusDays(9) : null));
        }

        long reportId = as(
                "coordinator",
                () -> planning.createAndStart(new NewReport(2026, "模板报告", false, templateId, assignments)));

        List<OutlineEntry> entries =
                as("coordinator", () -> queries.document(reportId)).entries();
        assertThat(entries)
                .extracting(OutlineEntry::numberedHeading)
                .containsExactly(
                        "一、主要举措和成效", "（一）依法全面履行政府职能", "1.优化行政审批流程", "2.政务服务", "（1）应进必进", "（2）提速增效", "二、存在的不足和原因");
        long first = entries.get(2).sectionId();
        assertThat(as("author", () -> drafting.section(first)).referenceText()).isEqualTo("去年：推行一窗综办。");
        assertThat(new ReportSteps(context).sectionIds(reportId)).hasSize(4);
    }

    @Test
    void an_update_from_an_older_version_is_refused_and_nothing_is_lost() {
        long id = as("coordinator", () -> library.create("并发模板 " + UUID.randomUUID(), fourLevels()));
        long version = as("coordinator", () -> library.version(id));
        as("coordinator", () -> library.update(id, version, "并发模板甲 " + id, fourLevels()));

        assertThatThrownBy(() ->
                        as("coordinator", () -> library.update(id, version, "并发模板乙 " + id, List.of(sectionNamed("乙")))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("error.template.changed");
        assertThat(as("coordinator", () -> library.get(id)).name()).isEqualTo("并发模板甲 " + id);
    }

    @Test
    void bad_templates_are_refused_with_a_message() {
        assertRefused("error.template.empty", "空模板", List.of());
        assertRefused("error.outline.typed-number", "编号模板", List.of(sectionNamed("（一）依法行政")));
        assertRefused("error.outline.typed-number", "编号模板", List.of(sectionNamed("1.依法行政")));
        assertRefused("error.required", "空标题模板", List.of(sectionNamed("  ")));
        assertRefused("error.control-characters", "控制字符模板", List.of(sectionNamed("依法\u0007行政")));
        assertRefused("error.too-long", "超长模板", List.of(sectionNamed("字".repeat(201))));
        assertRefused(
                "error.outline.too-deep",
                "五级模板",
                List.of(OutlineTemplate.Node.part(
                        "一",
                        List.of(OutlineTemplate.Node.part(
                                "二",
                                List.of(OutlineTemplate.Node.part(
                                        "三", List.of(OutlineTemplate.Node.part("四", List.of(sectionNamed("五")))))))))));
        assertRefused("error.template.name-taken", OutlineTemplate.STATUTORY_NAME, fourLevels());
        assertRefused("error.required", " ", fourLevels());
    }

    @Test
    void only_the_coordinator_reads_and_writes_templates() {
        long id = as("coordinator", () -> library.create("权限模板 " + UUID.randomUUID(), fourLevels()));
        for (String user : List.of("author", "officehead", "advisor", "secretary", "director", "admin")) {
            assertThatThrownBy(() -> as(user, () -> library.list())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> library.create("越权", fourLevels())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> library.delete(id))).isInstanceOf(AccessDeniedException.class);
        }
        as("coordinator", () -> library.delete(id));
        assertThat(as("coordinator", () -> library.list())).noneMatch(t -> java.util.Objects.equals(t.id(), id));
    }

    private static OutlineTemplate.Node sectionNamed(String heading) {
        return OutlineTemplate.Node.section(heading);
    }

    private void assertRefused(String key, String name, List<OutlineTemplate.Node> parts) {
        int before = as("coordinator", () -> library.list()).size();
        assertThatThrownBy(() -> as("coordinator", () -> library.create(name, parts)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo(key);
        assertThat(as("coordinator", () -> library.list())).hasSize(before);
    }
}
