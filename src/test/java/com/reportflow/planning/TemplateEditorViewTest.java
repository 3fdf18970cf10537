package com.reportflow.planning;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TemplateEditorViewTest extends KaribuTest {

    @Autowired
    TemplateLibrary library;

    @Test
    void the_coordinator_copies_the_statutory_template_reshapes_it_and_saves_it() {
        TemplateEditorView view = open("templates/new");
        String name = "本局四级模板 " + System.nanoTime();
        _setValue(view.name, name);
        EditNodeSelector select = new EditNodeSelector(view);

        select.part(0);
        _click(view.toolbar.addChild);
        _setValue(view.heading, "推进依法行政示范创建");
        _click(view.toolbar.indent);
        select.part(3);
        _click(view.toolbar.remove);
        _click(view.save);

        expectNotifications(view.getTranslation("templates.saved"));
        OutlineTemplate saved = as("coordinator", () -> library.list()).stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(saved.parts()).extracting(OutlineTemplate.Node::heading).doesNotContain("下一年度主要安排");
        assertThat(saved.parts().getFirst().children().getLast().children())
                .extracting(OutlineTemplate.Node::heading)
                .containsExactly("推进依法行政示范创建");
    }

    @Test
    void a_typed_number_is_refused_on_save_with_a_message_and_the_template_is_not_stored() {
        TemplateEditorView view = open("templates/new");
        String name = "编号模板 " + System.nanoTime();
        _setValue(view.name, name);
        new EditNodeSelector(view).part(1);
        _setValue(view.heading, "二、党政主要负责人");

        _click(view.save);

        expectNotifications(view.getTranslation("error.outline.typed-number"));
        assertThat(as("coordinator", () -> library.list()))
                .noneMatch(t -> t.name().equals(name));
    }

    @Test
    void a_stored_template_opens_with_its_name_and_outline() {
        long id = as(
                "coordinator",
                () -> library.create(
                        "已存模板 " + System.nanoTime(),
                        List.of(OutlineTemplate.Node.part("主要举措和成效", List.of(OutlineTemplate.Node.section("依法决策"))))));

        TemplateEditorView view = open("templates/" + id);

        assertThat(view.name.getValue()).startsWith("已存模板");
        assertThat(view.outline()).singleElement().satisfies(part -> assertThat(part.children())
                .extracting(OutlineTemplate.Node::heading)
                .containsExactly("依法决策"));
    }

    /** Selects nodes of the editor's tree by their place. */
    private record EditNodeSelector(TemplateEditorView view) {
        void part(int index) {
            EditNode node = view.tree.getTreeData().getRootItems().get(index);
            view.tree.select(node);
        }
    }

    private TemplateEditorView open(String route) {
        login("coordinator");
        UI.getCurrent().navigate(route);
        return _get(TemplateEditorView.class);
    }
}
