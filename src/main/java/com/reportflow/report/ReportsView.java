package com.reportflow.report;

import com.reportflow.directory.Role;
import com.reportflow.shared.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/** Every report, newest year first, with its stage, progress and legal deadlines; paged lazily. */
@Menu(title = "menu.reports", order = 4, icon = "vaadin:book")
@Route("reports")
@RolesAllowed({"COORDINATOR", "LEGAL_ADVISOR", "SECRETARY", "DIRECTOR", "ADMIN"})
public class ReportsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ReportSummary> grid = new Grid<>();
    final Button newReport = new Button(getTranslation("menu.new-report"), VaadinIcon.PLUS.create());

    ReportsView(ReportQueries queries) {
        addClassName("page");
        setSizeFull();
        grid.addColumn(ReportSummary::year)
                .setHeader(getTranslation("reports.year"))
                .setAutoWidth(true);
        grid.addColumn(ReportSummary::title)
                .setHeader(getTranslation("reports.title"))
                .setFlexGrow(3);
        grid.addColumn(r -> getTranslation("stage." + r.stage().name()))
                .setHeader(getTranslation("reports.stage"))
                .setAutoWidth(true);
        grid.addColumn(ReportsView::progress)
                .setHeader(getTranslation("reports.progress"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.submissionDeadline()))
                .setHeader(getTranslation("reports.submission-deadline"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.publicationDeadline()))
                .setHeader(getTranslation("reports.publication-deadline"))
                .setAutoWidth(true);
        grid.setItems(query -> queries.reports(query.getOffset(), query.getLimit()).stream(), query ->
                (int) queries.reportCount());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                ReportView.class,
                new RouteParameters(
                        ReportView.REPORT_ID, String.valueOf(e.getItem().id())))));
        grid.setEmptyStateText(getTranslation("reports.empty"));
        grid.setSizeFull();

        newReport.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newReport.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("reports/new")));
        newReport.setVisible(queries.viewerRoles().contains(Role.COORDINATOR));
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("menu.reports")), newReport);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(header, grid);
    }

    static String progress(ReportSummary report) {
        return report.sectionsApproved() + "/" + report.sectionsTotal();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reports");
    }
}
