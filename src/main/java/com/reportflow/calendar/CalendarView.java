package com.reportflow.calendar;

import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.Formats;
import com.reportflow.shared.ui.InputLimit;
import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;

/**
 * 工作日历: the admin picks a year, sees its holidays and make-up working days, and adds, changes or removes a day.
 * Choosing a row puts it in the form; saving a date that is already listed replaces it.
 */
@Menu(title = "menu.calendar", order = 9, icon = "vaadin:calendar")
@Route("admin/calendar")
@RolesAllowed("ADMIN")
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    final Refusal refusal = new Refusal();
    final Select<Integer> year = new Select<>();
    final Grid<CalendarDay> grid = new Grid<>();
    final DatePicker date = new DatePicker(getTranslation("calendar.date"));
    final Select<CalendarDay.Kind> kind = new Select<>();
    final TextField name = new TextField(getTranslation("calendar.name"));
    final Button save = new Button(getTranslation("calendar.save"));
    final Button remove = new Button(getTranslation("calendar.remove"));

    private final CalendarService calendar;

    CalendarView(CalendarService calendar) {
        this.calendar = calendar;
        addClassName("page");
        setSizeFull();

        year.setLabel(getTranslation("calendar.year"));
        year.setItemLabelGenerator(String::valueOf);
        year.addValueChangeListener(e -> showYear());

        grid.addColumn(d -> Formats.date(d.date()))
                .setHeader(getTranslation("calendar.date"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()))
                .setHeader(getTranslation("calendar.weekday"))
                .setAutoWidth(true);
        grid.addColumn(d -> kindLabel(d.kind()))
                .setHeader(getTranslation("calendar.kind"))
                .setAutoWidth(true);
        grid.addColumn(CalendarDay::name)
                .setHeader(getTranslation("calendar.name"))
                .setFlexGrow(3);
        grid.setEmptyStateText(getTranslation("calendar.empty"));
        grid.asSingleSelect().addValueChangeListener(e -> fill(e.getValue()));
        grid.setSizeFull();

        kind.setLabel(getTranslation("calendar.kind"));
        kind.setItems(CalendarDay.Kind.values());
        kind.setItemLabelGenerator(this::kindLabel);
        InputLimit.apply(name, CalendarService.MAX_NAME_LENGTH);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> remove());
        HorizontalLayout form = new HorizontalLayout(date, kind, name, save, remove);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWidthFull();
        form.expand(name);

        add(new H2(getTranslation("menu.calendar")), new Paragraph(getTranslation("calendar.help")), refusal);
        add(year, grid, form);
        refusal.attempt(() -> {
            List<Integer> years = calendar.years();
            int thisYear = LocalDate.now().getYear();
            year.setItems(years);
            year.setValue(years.contains(thisYear) ? thisYear : years.getLast());
        });
    }

    private void save() {
        LocalDate chosen = date.getValue();
        CalendarDay.Kind chosenKind = kind.getValue();
        if (Errors.attempt(this, () -> calendar.setDay(chosen, chosenKind, name.getValue()))) {
            Errors.success(this, "calendar.saved", Formats.date(chosen), kindLabel(chosenKind));
            showYear(chosen.getYear());
            grid.asSingleSelect()
                    .setValue(grid.getListDataView()
                            .getItems()
                            .filter(d -> d.date().equals(chosen))
                            .findFirst()
                            .orElse(null));
        }
    }

    private void remove() {
        LocalDate chosen = date.getValue();
        if (Errors.attempt(this, () -> calendar.clearDay(chosen))) {
            Errors.success(this, "calendar.removed", Formats.date(chosen));
            showYear(chosen.getYear());
            fill(null);
        }
    }

    /** Shows a year, adding it to the choice when it is new. */
    private void showYear(int shown) {
        if (!year.getListDataView().getItems().toList().contains(shown)) {
            refusal.attempt(() -> year.setItems(calendar.years()));
            if (!year.getListDataView().getItems().toList().contains(shown)) {
                year.getListDataView().addItem(shown);
            }
        }
        if (!Integer.valueOf(shown).equals(year.getValue())) {
            year.setValue(shown);
        } else {
            showYear();
        }
    }

    private void showYear() {
        Integer shown = year.getValue();
        refusal.attempt(() -> grid.setItems(shown == null ? List.of() : calendar.days(shown)));
    }

    private void fill(CalendarDay day) {
        date.setValue(day == null ? null : day.date());
        kind.setValue(day == null ? null : day.kind());
        name.setValue(day == null ? "" : day.name());
    }

    private String kindLabel(CalendarDay.Kind value) {
        return value == null ? "" : getTranslation("calendar.kind." + value.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.calendar");
    }
}
