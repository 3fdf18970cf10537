package com.reportflow.planning;

import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.InputLimit;
import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Consumer;

/**
 * Edits a bureau template as a tree: add parts, sub-headings and sections, rename, move up and down, indent and
 * outdent, mark optional, remove; numbers follow from the tree. Nothing is stored until it is saved.
 */
@Route("templates/:templateId(\\d+|new)")
@RolesAllowed("COORDINATOR")
public class TemplateEditorView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Refusal refusal = new Refusal();
    final TextField name = new TextField(getTranslation("templates.name"));
    final TemplateTree tree = new TemplateTree();
    final TextField heading = new TextField(getTranslation("templates.heading"));
    final Checkbox optional = new Checkbox(getTranslation("templates.optional"));
    final TemplateToolbar toolbar;
    final Button save = new Button(getTranslation("templates.save"));
    final VerticalLayout content = new VerticalLayout();

    private final TemplateLibrary library;
    private final EditOutline edited = new EditOutline();
    private Long templateId;
    private long version;

    TemplateEditorView(TemplateLibrary library) {
        this.library = library;
        addClassName("page");
        InputLimit.apply(name, TemplateLibrary.MAX_NAME_LENGTH);
        name.setWidthFull();
        name.setRequiredIndicatorVisible(true);
        tree.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

        InputLimit.apply(heading, OutlineEditing.MAX_HEADING_LENGTH);
        heading.setWidthFull();
        heading.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                editSelected(node -> node.heading = e.getValue());
            }
        });
        optional.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                editSelected(node -> node.optional = e.getValue());
            }
        });

        toolbar = new TemplateToolbar(tree, edited, this::rebuild, heading::focus);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        HorizontalLayout editing = new HorizontalLayout(heading, optional);
        editing.setWidthFull();
        editing.setAlignItems(FlexComponent.Alignment.BASELINE);
        content.setPadding(false);
        content.add(
                name,
                toolbar,
                editing,
                tree,
                new HorizontalLayout(save, new Anchor("templates", getTranslation("templates.back"))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String param = event.getRouteParameters().get("templateId").orElse("new");
        boolean shown = refusal.attempt(() -> {
            OutlineTemplate source;
            if ("new".equals(param)) {
                templateId = null;
                Long from = event.getLocation()
                        .getQueryParameters()
                        .getSingleParameter("from")
                        .filter(s -> s.matches("\\d{1,18}"))
                        .map(Long::valueOf)
                        .orElse(null);
                source = library.get(from);
                name.setValue(getTranslation("templates.copy-of", source.name()));
            } else {
                templateId = Long.valueOf(param);
                source = library.get(templateId);
                version = library.version(templateId);
                name.setValue(source.name());
            }
            edited.load(source);
            rebuild(null);
        });
        add(new H2(getTranslation(templateId == null ? "templates.new" : "templates.edit")), refusal);
        if (shown) {
            add(content);
        }
    }

    List<OutlineTemplate.Node> outline() {
        return edited.nodes();
    }

    private void save() {
        boolean saved = Errors.attempt(this, () -> {
            if (templateId == null) {
                templateId = library.create(name.getValue(), outline());
            } else {
                library.update(templateId, version, name.getValue(), outline());
            }
            version = library.version(templateId);
        });
        if (saved) {
            Errors.success(this, "templates.saved");
        }
    }

    /** Changes the selected node's heading or optionality where it stands. */
    private void editSelected(Consumer<EditNode> edit) {
        EditNode node = tree.selected();
        if (node != null) {
            edit.accept(node);
            tree.getDataProvider().refreshItem(node);
        }
    }

    private void select(EditNode node) {
        heading.setEnabled(node != null);
        optional.setEnabled(node != null);
        heading.setValue(node == null ? "" : node.heading);
        optional.setValue(node != null && node.optional);
        toolbar.enableFor(node);
    }

    private void rebuild(EditNode selection) {
        tree.show(edited.parts, selection);
        select(selection);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.templates");
    }
}
