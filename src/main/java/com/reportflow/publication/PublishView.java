package com.reportflow.publication;

import com.reportflow.report.ReportDocument;
import com.reportflow.report.ui.DocumentPreview;
import com.reportflow.shared.UserFacingException;
import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * 公开与报送: the publisher confirms the confidentiality check, fills in the disclosure metadata and publishes the
 * signed report on the public page ({@link PublicationForm}, then {@link PublishedMetadata}); separately records its
 * submission to the superior authority ({@link SubmissionPanel}).
 */
@Route("reports/:reportId(\\d+)/publish")
@RolesAllowed("COORDINATOR")
public class PublishView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final H2 title = new H2();
    final Refusal refusal = new Refusal();

    final Div publicationPanel = new Div();
    final Span notReady = new Span();
    final PublicationForm publishForm;
    final PublishedMetadata published;

    final SubmissionPanel submissionPanel;

    final Div document = new Div();

    private final PublicationService publication;
    private final H3 documentTitle = new H3();
    private long reportId;

    PublishView(PublicationService publication, PublicationAmendments amendments) {
        this.publication = publication;
        publishForm = new PublicationForm(publication, () -> show(false));
        published = new PublishedMetadata(publication, amendments);
        submissionPanel = new SubmissionPanel(publication, () -> show(false));
        addClassName("page");
        notReady.setText(getTranslation("publication.not-ready"));
        H3 heading = new H3(getTranslation("publication.panel"));
        publicationPanel.add(heading, notReady, publishForm, published);
        documentTitle.setText(getTranslation("publication.document"));
        add(title, refusal, publicationPanel, submissionPanel, documentTitle, document);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reportId = event.getRouteParameters().getLong("reportId").orElse(-1L);
        show(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("publication.title");
    }

    /** Shows the report's state; the publication form is prefilled only on entry, so typed values survive. */
    private void show(boolean prefill) {
        PublishScreen screen;
        try {
            screen = publication.screen(reportId);
        } catch (UserFacingException e) {
            refuse(e);
            return;
        }
        ReportDocument doc = screen.document();
        boolean mayPublish = screen.mayPublish();
        Optional<Publication> done = screen.publication();
        title.setText(getTranslation("publication.heading", doc.title()));
        refusal.setVisible(false);

        publicationPanel.setVisible(true);
        publishForm.setVisible(mayPublish);
        publishForm.forReport(reportId, prefill ? screen.suggested() : null);
        published.setVisible(!mayPublish && done.isPresent());
        done.ifPresent(published::show);
        notReady.setVisible(!mayPublish && done.isEmpty());

        submissionPanel.show(reportId, screen.mayRecordSubmission(), screen.submissions());

        documentTitle.setVisible(true);
        document.removeAll();
        document.add(new DocumentPreview(doc));
    }

    private void refuse(UserFacingException e) {
        title.setText(getTranslation("publication.title"));
        refusal.show(e);
        publicationPanel.setVisible(false);
        submissionPanel.setVisible(false);
        documentTitle.setVisible(false);
        document.removeAll();
    }
}
