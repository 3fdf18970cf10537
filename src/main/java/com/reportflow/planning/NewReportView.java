package com.reportflow.planning;

import com.reportflow.directory.Office;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.InputLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The coordinator opens a year's report from the statutory template: title, office-head check, and an office and
 * due date for every section. The service checks everything again; its refusals are shown as they come.
 */
@Menu(title = "menu.new-report", order = 5, icon = "vaadin:plus-circle-o")
@Route("reports/new")
@RolesAllowed("COORDINATOR")
public class NewReportView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int DEFAULT_DUE_DAYS = 30;

    final Select<OutlineTemplate> template = new Select<>();
    final IntegerField year = new IntegerField(getTranslation("reports.year"));
    final TextField title = new TextField(getTranslation("reports.title"));
    final Checkbox officeHeadCheck = new Checkbox(getTranslation("reports.office-head-check"));
    /** With the office-head check on: the chosen offices that have no active head, named. */
    final Span headless = new Span();

    final SectionAssignments sections;
    final Button create = new Button(getTranslation("reports.create"));

    private final ReportPlanning planning;
    private final LocalDate defaultDue = LocalDate.now().plusDays(DEFAULT_DUE_DAYS);
    private boolean titleEdited;

    NewReportView(ReportPlanning planning) {
        this.planning = planning;
        addClassName("page");
        int lastYear = proposedYear(LocalDate.now());
        sections = new SectionAssignments(
                planning.offices(), defaultDue, this::flagLateDueDates, this::flagHeadlessOffices);

        template.setLabel(getTranslation("reports.template"));
        template.setItemLabelGenerator(OutlineTemplate::name);
        template.setItems(planning.templates());
        template.setWidthFull();
        template.addValueChangeListener(e -> showSections(e.getValue()));

        year.setValue(lastYear);
        year.setStepButtonsVisible(true);
        year.setRequiredIndicatorVisible(true);
        title.setValue(planning.defaultTitle(lastYear));
        title.setRequiredIndicatorVisible(true);
        InputLimit.apply(title, 200);
        title.setWidthFull();
        year.addValueChangeListener(e -> {
            if (!titleEdited && e.getValue() != null) {
                title.setValue(planning.defaultTitle(e.getValue()));
            }
            flagLateDueDates();
        });
        title.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                titleEdited = true;
            }
        });
        officeHeadCheck.setHelperText(getTranslation("reports.office-head-check.help"));
        officeHeadCheck.addValueChangeListener(e -> flagHeadlessOffices());
        headless.addClassName("headless-offices");
        headless.getElement().getThemeList().add("badge warning");
        headless.setVisible(false);
        FormLayout form = new FormLayout(template, year, title, officeHeadCheck, headless);
        form.setColspan(headless, 2);
        form.setColspan(template, 2);
        form.setColspan(title, 2);

        template.setValue(OutlineTemplate.statutory());

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        add(new H2(getTranslation("menu.new-report")), form, sections, create);
    }

    /** Opens with a template chosen elsewhere (the template library, an import): {@code ?template=ID}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("template")
                .ifPresent(id -> template.getListDataView()
                        .getItems()
                        .filter(t -> t.id() != null && String.valueOf(t.id()).equals(id))
                        .findFirst()
                        .ifPresent(template::setValue));
    }

    private void showSections(OutlineTemplate chosen) {
        sections.show(chosen);
        if (chosen != null) {
            flagLateDueDates();
            flagHeadlessOffices();
        }
    }

    /**
     * With the office-head check on, names the offices chosen for sections that have no active head: their checks
     * would wait for nobody (the coordinator can still transfer or skip them, but should know before starting).
     */
    private void flagHeadlessOffices() {
        if (!officeHeadCheck.getValue()) {
            headless.setVisible(false);
            return;
        }
        Set<Long> withoutHead = planning.officesWithoutHead();
        List<String> names = sections.chosenOffices()
                .filter(o -> o != null && withoutHead.contains(o.getId()))
                .map(Office::getName)
                .distinct()
                .sorted()
                .toList();
        headless.setText(
                names.isEmpty() ? "" : getTranslation("reports.office-head-check.headless", String.join("、", names)));
        headless.setVisible(!names.isEmpty());
    }

    /**
     * The year a coordinator most likely opens: the report on year N is due before 1 March of N+1 (domain.md), so
     * from January to November it is last year's; in December the year is nearly over and whoever prepares a report
     * now prepares the one on this year, to be drafted in the weeks before the deadline.
     */
    static int proposedYear(LocalDate today) {
        return today.getMonth() == java.time.Month.DECEMBER ? today.getYear() : today.getYear() - 1;
    }

    /** Flags, at assignment, each due date that lies after the legal submission deadline of the report's year. */
    private void flagLateDueDates() {
        LocalDate limit = year.getValue() == null
                ? null
                : planning.submissionDue(year.getValue()).orElse(null);
        sections.flagLate(limit);
    }

    private void create() {
        long[] created = new long[1];
        boolean ok = Errors.attempt(this, () -> {
            if (year.getValue() == null) {
                throw new InvalidInputException("error.required", "reports.year.field");
            }
            created[0] = planning.createAndStart(new NewReport(
                    year.getValue(),
                    title.getValue(),
                    officeHeadCheck.getValue(),
                    template.getValue() == null ? null : template.getValue().id(),
                    sections.assignments()));
        });
        if (ok) {
            Errors.success(this, "reports.created");
            getUI().ifPresent(ui -> ui.navigate("reports/" + created[0]));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.new-report");
    }
}
