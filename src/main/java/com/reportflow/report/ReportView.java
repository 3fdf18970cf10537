package com.reportflow.report;

import com.reportflow.directory.Role;
import com.reportflow.report.ui.DeadlinesPanel;
import com.reportflow.report.ui.DocumentPreview;
import com.reportflow.report.ui.ExportLinks;
import com.reportflow.report.ui.HistoryPanel;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.Formats;
import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;

/**
 * One report at a glance: stage, progress and deadlines, the numbered outline with each section's office and
 * status, the current text and the history; the coordinator switches the office-head check here.
 */
@Route("reports/:reportId(\\d+)")
@RolesAllowed({"COORDINATOR", "LEGAL_ADVISOR", "SECRETARY", "DIRECTOR", "ADMIN"})
public class ReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String REPORT_ID = "reportId";

    final Refusal message = new Refusal();
    final H2 title = new H2();
    final Span year = new Span();
    final Span stage = new Span();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Span deadlines = new Span();
    final DeadlinesPanel legalDeadlines = new DeadlinesPanel();
    final ExportLinks exportLinks = new ExportLinks();
    final Checkbox officeHeadCheck = new Checkbox(getTranslation("reports.office-head-check"));
    /** With the office-head check on: the offices with sections still to be checked that have no active head. */
    final Span headless = new Span();

    final HorizontalLayout steps = new HorizontalLayout();
    /** To the steering page (transfer, urge, copy, cancel…), by route string: steering depends on this feature. */
    final Anchor steer = new Anchor();

    final OutlineGrid outline = new OutlineGrid();
    final Div preview = new Div();
    final Div history = new Div();
    final VerticalLayout content = new VerticalLayout();

    private final ReportQueries queries;
    private final OfficeHeadCheck headCheck;
    private long reportId;
    private String pageTitle;

    ReportView(ReportQueries queries, OfficeHeadCheck headCheck) {
        this.queries = queries;
        this.headCheck = headCheck;
        addClassName("page");

        officeHeadCheck.setHelperText(getTranslation("reports.office-head-check.help"));
        headless.addClassName("headless-offices");
        headless.getElement().getThemeList().add("badge warning");
        headless.setVisible(false);
        officeHeadCheck.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            if (Errors.attempt(this, () -> headCheck.setOfficeHeadCheck(reportId, e.getValue()))) {
                Errors.success(this, e.getValue() ? "reports.office-head-check.on" : "reports.office-head-check.off");
                refreshHistory();
                Errors.attempt(this, this::flagHeadlessOffices);
            } else {
                officeHeadCheck.setValue(e.getOldValue());
            }
        });
        progress.setWidth("12em");
        steer.setText(getTranslation("steering.open"));
        steer.addClassName("step-link");
        steer.setId("steer-report");

        HorizontalLayout facts = new HorizontalLayout(year, stage, progress, progressText, deadlines);
        facts.setAlignItems(Alignment.CENTER);
        facts.addClassName("report-facts");
        content.setPadding(false);
        content.add(
                title,
                facts,
                legalDeadlines,
                officeHeadCheck,
                headless,
                steps,
                steer,
                exportLinks,
                new H3(getTranslation("reports.outline")),
                outline,
                new H3(getTranslation("reports.text")),
                preview,
                history);
        content.setVisible(false);
        add(message, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reportId = event.getRouteParameters().getLong(REPORT_ID).orElse(-1L);
        boolean shown = message.attempt(() -> {
            ReportSummary summary = queries.summary(reportId);
            show(summary, queries.document(reportId), queries.officeHeadCheck(reportId), queries.viewerRoles());
            legalDeadlines.show(
                    summary.stage(), DeadlinesPanel.counts(summary.stage()) ? queries.deadlines(reportId) : null);
            refreshHistory();
        });
        content.setVisible(shown);
        if (!shown) {
            pageTitle = null;
        }
    }

    private void flagHeadlessOffices() {
        List<String> names = headCheck.officesWithoutHead(reportId);
        headless.setText(
                names.isEmpty() ? "" : getTranslation("reports.office-head-check.headless", String.join("、", names)));
        headless.setVisible(!names.isEmpty());
    }

    private void show(ReportSummary summary, ReportDocument document, boolean officeCheck, Set<Role> roles) {
        pageTitle = summary.title();
        title.setText(summary.title());
        year.setText(getTranslation("reports.year") + " " + summary.year());
        stage.setText(getTranslation("stage." + summary.stage().name()));
        stage.getElement().getThemeList().add("badge");
        progress.setMin(0);
        progress.setMax(Math.max(summary.sectionsTotal(), 1));
        progress.setValue(summary.sectionsApproved());
        progressText.setText(
                getTranslation("reports.progress.text", summary.sectionsApproved(), summary.sectionsTotal()));
        deadlines.setText(getTranslation(
                "reports.deadlines",
                Formats.date(summary.submissionDeadline()),
                Formats.date(summary.publicationDeadline())));

        boolean coordinator = roles.contains(Role.COORDINATOR);
        officeHeadCheck.setValue(officeCheck);
        officeHeadCheck.setVisible(coordinator);
        officeHeadCheck.setEnabled(!summary.stage().isClosed());
        headless.setVisible(false);
        if (coordinator && officeCheck) {
            flagHeadlessOffices();
        }

        exportLinks.show(reportId);
        exportLinks.setVisible(summary.stage() != ReportStage.DRAFTING);
        steps.removeAll();
        stepLink(summary.stage(), roles).forEach(steps::add);
        steer.setHref("steering/reports/" + reportId);
        steer.setVisible(roles.contains(Role.COORDINATOR) || roles.contains(Role.ADMIN));
        steps.setVisible(steps.getComponentCount() > 0);

        outline.setItems(document.entries());
        preview.removeAll();
        preview.add(new DocumentPreview(document));
    }

    private List<Anchor> stepLink(ReportStage stage, Set<Role> roles) {
        String base = "reports/" + reportId + "/";
        return switch (stage) {
            case COMPILING ->
                roles.contains(Role.COORDINATOR) ? List.of(link("step.compileReport", base + "compile")) : List.of();
            case DELIBERATING ->
                roles.contains(Role.SECRETARY)
                        ? List.of(link("step.deliberateReport", base + "deliberation"))
                        : List.of();
            case SIGNING ->
                roles.contains(Role.DIRECTOR) ? List.of(link("step.signOff", base + "sign-off")) : List.of();
            case PUBLISHING ->
                roles.contains(Role.COORDINATOR) ? List.of(link("step.publishReport", base + "publish")) : List.of();
            case DRAFTING ->
                roles.contains(Role.COORDINATOR) ? List.of(link("reports.edit-outline", base + "outline")) : List.of();
            case PUBLISHED ->
                roles.contains(Role.COORDINATOR) ? List.of(link("publication.amend", base + "correction")) : List.of();
            case WITHDRAWN, CANCELLED -> List.of();
        };
    }

    /** By route string: the step screens belong to other features, which depend on this one. */
    private Anchor link(String key, String route) {
        Anchor link = new Anchor(route, getTranslation(key));
        link.addClassName("step-link");
        return link;
    }

    private void refreshHistory() {
        history.removeAll();
        history.add(new HistoryPanel(
                queries.reportHistory(reportId), queries.reportOpinions(reportId), queries.sectionHeadings(reportId)));
    }

    @Override
    public String getPageTitle() {
        return pageTitle == null ? getTranslation("menu.reports") : pageTitle;
    }
}
