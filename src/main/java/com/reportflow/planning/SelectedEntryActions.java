package com.reportflow.planning;

import com.reportflow.report.OutlineEntry;
import com.reportflow.shared.ui.InputLimit;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** What can be done to the part or section selected in the outline: rename, move, move under a heading, remove. */
class SelectedEntryActions extends HorizontalLayout {

    final TextField heading = new TextField(getTranslation("outline.selected-heading"));
    final Button rename = new Button(getTranslation("outline.rename"));
    final Button up = new Button(getTranslation("templates.up"));
    final Button down = new Button(getTranslation("templates.down"));
    final ComboBox<OutlineEntry> newParent = new ComboBox<>(getTranslation("outline.move-under"));
    final Button moveUnder = new Button(getTranslation("outline.move"));
    final Button remove = new Button(getTranslation("templates.remove"));

    private final OutlineEditing service;
    private final Supplier<OutlineEntry> selected;
    private final Consumer<Runnable> act;

    /** @param act makes a change to the outline and shows the outline again */
    SelectedEntryActions(OutlineEditing service, Supplier<OutlineEntry> selected, Consumer<Runnable> act) {
        this.service = service;
        this.selected = selected;
        this.act = act;
        InputLimit.apply(heading, OutlineEditing.MAX_HEADING_LENGTH);
        heading.setWidth("28em");
        rename.addClickListener(e -> act.accept(
                () -> service.rename(selected.get().sectionId(), selected.get().heading(), heading.getValue())));
        up.addClickListener(e -> act.accept(() -> service.move(selected.get().sectionId(), -1)));
        down.addClickListener(e -> act.accept(() -> service.move(selected.get().sectionId(), 1)));
        newParent.setItemLabelGenerator(
                p -> p.sectionId() == 0 ? getTranslation("outline.top-level") : p.numberedHeading());
        moveUnder.addClickListener(e -> act.accept(() -> service.moveUnder(
                selected.get().sectionId(),
                newParent.getValue() == null || newParent.getValue().sectionId() == 0
                        ? null
                        : newParent.getValue().sectionId())));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> confirmRemove());
        add(heading, rename, up, down, newParent, moveUnder, remove);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap");
    }

    /** The headings a part or section can be moved under, the top level first. */
    void offerParents(List<OutlineEntry> headings) {
        newParent.setItems(headings);
    }

    /** Shows the selected entry's heading; nothing can be done while none is selected. */
    void select(OutlineEntry entry) {
        boolean any = entry != null;
        heading.setValue(any ? entry.heading() : "");
        List.<HasEnabled>of(heading, rename, up, down, newParent, moveUnder, remove)
                .forEach(c -> c.setEnabled(any));
    }

    private void confirmRemove() {
        OutlineEntry entry = selected.get();
        if (entry == null) {
            return;
        }
        ConfirmRemoval.ask(
                this,
                "templates.remove",
                getTranslation("outline.remove-confirm", entry.numberedHeading()),
                () -> act.accept(() -> service.remove(entry.sectionId())));
    }
}
