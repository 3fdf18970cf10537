package com.reportflow.monitoring;

import com.reportflow.directory.Role;
import com.reportflow.report.DeadlinesPanel;
import com.reportflow.shared.UserFacingException;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.Formats;
import com.reportflow.shared.ui.Refusal;
import com.reportflow.workflow.Step;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** 在办监控: every report in flight with its open step; for the chosen report, where each section stands. */
@Route("monitoring")
@RolesAllowed({"ADMIN", "COORDINATOR"})
public class MonitoringView extends VerticalLayout implements HasDynamicTitle {

    final Refusal refusal = new Refusal();
    final Grid<ReportProgress> reports = new Grid<>();
    final H3 sectionsTitle = new H3();
    final TextField filter = new TextField();
    final Grid<SectionProgress> sections = new Grid<>();

    private final MonitoringService monitoring;
    private List<SectionProgress> sectionRows = List.of();

    MonitoringView(MonitoringService monitoring) {
        this.monitoring = monitoring;
        addClassName("page");

        reports.addColumn(r -> r.summary().title())
                .setHeader(getTranslation("monitoring.report"))
                .setFlexGrow(3);
        reports.addColumn(r -> r.summary().year())
                .setHeader(getTranslation("monitoring.year"))
                .setAutoWidth(true);
        reports.addColumn(r -> getTranslation("stage." + r.summary().stage().name()))
                .setHeader(getTranslation("monitoring.stage"))
                .setAutoWidth(true);
        reports.addColumn(r ->
                        r.summary().sectionsApproved() + " / " + r.summary().sectionsTotal())
                .setHeader(getTranslation("monitoring.progress"))
                .setAutoWidth(true);
        reports.addComponentColumn(r -> {
                    DeadlinesPanel panel = new DeadlinesPanel();
                    panel.show(r.deadlines());
                    return panel;
                })
                .setHeader(getTranslation("monitoring.deadlines"))
                .setFlexGrow(3);
        reports.addColumn(r -> step(r.openStep()))
                .setHeader(getTranslation("monitoring.step"))
                .setAutoWidth(true);
        reports.addColumn(r -> holder(r.holder()))
                .setHeader(getTranslation("monitoring.holder"))
                .setAutoWidth(true);
        reports.addColumn(r -> Formats.dateTime(r.since()))
                .setHeader(getTranslation("monitoring.since"))
                .setAutoWidth(true);
        reports.addComponentColumn(r -> due(Formats.dateTime(r.dueAt()), r.overdue()))
                .setHeader(getTranslation("monitoring.due"))
                .setAutoWidth(true);
        reports.setAllRowsVisible(true);
        reports.setEmptyStateText(getTranslation("monitoring.no-reports"));
        reports.asSingleSelect().addValueChangeListener(e -> showSections(e.getValue()));

        filter.setPlaceholder(getTranslation("monitoring.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> applyFilter());
        filter.setWidth("20em");

        sections.addColumn(SectionProgress::numberedHeading)
                .setHeader(getTranslation("monitoring.section"))
                .setFlexGrow(3);
        sections.addColumn(SectionProgress::officeName)
                .setHeader(getTranslation("monitoring.office"))
                .setAutoWidth(true);
        sections.addColumn(s -> s.status() == null
                        ? ""
                        : getTranslation("status." + s.status().name()))
                .setHeader(getTranslation("monitoring.status"))
                .setAutoWidth(true);
        sections.addColumn(s -> step(s.step()))
                .setHeader(getTranslation("monitoring.step"))
                .setAutoWidth(true);
        sections.addColumn(s -> holder(s.holder()))
                .setHeader(getTranslation("monitoring.holder"))
                .setAutoWidth(true);
        sections.addColumn(s -> Formats.dateTime(s.since()))
                .setHeader(getTranslation("monitoring.since"))
                .setAutoWidth(true);
        sections.addComponentColumn(s -> due(dueText(s.dueAt(), s.sectionDueDate()), s.overdue()))
                .setHeader(getTranslation("monitoring.due"))
                .setAutoWidth(true);
        sections.setAllRowsVisible(true);
        sections.setEmptyStateText(getTranslation("monitoring.no-sections"));

        add(new H2(getTranslation("menu.monitoring")), refusal, reports, sectionsTitle, filter, sections);
        showSections(null);
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.monitoring");
    }

    private void load() {
        try {
            reports.setItems(monitoring.reports());
        } catch (UserFacingException e) {
            refusal.show(e);
            reports.setVisible(false);
        }
    }

    private void showSections(ReportProgress report) {
        sectionRows = List.of();
        boolean chosen = report != null
                && Errors.attempt(
                        this,
                        () -> sectionRows = monitoring.sections(report.summary().id()));
        sectionsTitle.setText(
                chosen
                        ? getTranslation(
                                "monitoring.sections-of", report.summary().title())
                        : getTranslation("monitoring.choose-report"));
        filter.setVisible(chosen);
        sections.setVisible(chosen);
        applyFilter();
    }

    private void applyFilter() {
        String wanted =
                filter.getValue() == null ? "" : filter.getValue().strip().toLowerCase(Locale.ROOT);
        sections.setItems(
                wanted.isEmpty()
                        ? sectionRows
                        : sectionRows.stream()
                                .filter(s -> contains(s.officeName(), wanted)
                                        || contains(holder(s.holder()), wanted)
                                        || contains(s.holder(), wanted))
                                .toList());
    }

    private static boolean contains(String text, String wanted) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
    }

    private String step(Step step) {
        return step == null ? "" : getTranslation("step." + step.taskKey());
    }

    /** The service names a role group by the role's name; show it in the person's language. */
    private String holder(String holder) {
        if (holder == null) {
            return "";
        }
        return Arrays.stream(holder.split("、")).map(this::roleOrName).collect(Collectors.joining("、"));
    }

    private String roleOrName(String name) {
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return getTranslation("monitoring.role." + role.name());
            }
        }
        return name;
    }

    private static String dueText(Instant dueAt, LocalDate sectionDueDate) {
        return dueAt != null ? Formats.dateTime(dueAt) : Formats.date(sectionDueDate);
    }

    private Component due(String text, boolean overdue) {
        Span due = new Span(text);
        if (overdue) {
            due.addClassName("overdue");
            due.setText(text + " · " + getTranslation("monitoring.overdue"));
        }
        return due;
    }
}
