package com.reportflow.publication;

import com.reportflow.report.DocumentPreview;
import com.reportflow.report.ReportDocument;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.UserFacingException;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.Formats;
import com.reportflow.shared.ui.InputLimit;
import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 公开与报送: the publisher confirms the confidentiality check, fills in the disclosure metadata and publishes the
 * signed report on the public page; separately records its submission to the superior authority.
 */
@Route("reports/:reportId(\\d+)/publish")
@RolesAllowed("COORDINATOR")
public class PublishView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final H2 title = new H2();
    final Refusal refusal = new Refusal();

    final Div publicationPanel = new Div();
    final Span notReady = new Span();
    final FormLayout publishForm = new FormLayout();
    final Checkbox confidentialityChecked = new Checkbox();
    final TextField documentNumber = new TextField();
    final Select<String> topic = new Select<>();
    final Select<String> genre = new Select<>();
    final TextField organisation = new TextField();
    final Select<String> validity = new Select<>();
    final DatePicker writtenDate = new DatePicker();
    final DatePicker publishDate = new DatePicker();
    final Button publish = new Button();
    final ConfirmDialog confirmPublish = new ConfirmDialog();
    final FormLayout published = new FormLayout();
    final Span indexNumber = new Span();
    final Anchor publicLink = new Anchor();

    final Div submissionPanel = new Div();
    final FormLayout submissionForm = new FormLayout();
    final TextField recipient = new TextField();
    final DatePicker submittedOn = new DatePicker();
    final Select<SuperiorSubmission.Channel> channel = new Select<>();
    final TextField receiptNumber = new TextField();
    final Button recordSubmission = new Button();
    final Anchor amend = new Anchor();
    final Grid<SuperiorSubmission> submissions = new Grid<>();

    final Div document = new Div();

    private final PublicationService publication;
    private final H3 documentTitle = new H3();
    private long reportId;

    PublishView(PublicationService publication) {
        this.publication = publication;
        addClassName("page");
        buildPublicationPanel();
        buildSubmissionPanel();
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

    private void buildPublicationPanel() {
        notReady.setText(getTranslation("publication.not-ready"));

        confidentialityChecked.setLabel(getTranslation("publication.confidentiality"));
        confidentialityChecked.setRequiredIndicatorVisible(true);

        documentNumber.setLabel(getTranslation("publication.field.document-number"));
        documentNumber.setHelperText(getTranslation("publication.document-number-hint"));
        documentNumber.setPlaceholder(getTranslation(
                "publication.document-number-placeholder",
                String.valueOf(LocalDate.now().getYear())));
        InputLimit.apply(documentNumber, 60);
        topic.setLabel(getTranslation("publication.field.topic"));
        topic.setItems(publication.lists().topics());
        genre.setLabel(getTranslation("publication.field.genre"));
        genre.setItems(publication.lists().genres());
        organisation.setLabel(getTranslation("publication.field.organisation"));
        organisation.setHelperText(getTranslation("publication.organisation-hint"));
        InputLimit.apply(organisation, 200);
        organisation.setRequiredIndicatorVisible(true);
        validity.setLabel(getTranslation("publication.field.validity"));
        validity.setItems(publication.lists().validities());
        validity.setEmptySelectionAllowed(true);
        writtenDate.setLabel(getTranslation("publication.field.written-date"));
        writtenDate.setHelperText(getTranslation("publication.written-date-help"));
        writtenDate.setReadOnly(true);
        publishDate.setLabel(getTranslation("publication.field.publish-date"));
        publishDate.setMax(LocalDate.now());
        publishDate.setRequiredIndicatorVisible(true);

        Paragraph indexNote = new Paragraph(getTranslation("publication.index-number-note"));
        indexNote.addClassName("hint");
        publish.setText(getTranslation("publication.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // What can be said before the irreversible question is said first: nobody confirms, then hears it was for
        // nothing.
        publish.addClickListener(e -> {
            if (!confidentialityChecked.getValue()) {
                confidentialityChecked.setErrorMessage(getTranslation("error.publication.confidentiality"));
                confidentialityChecked.setInvalid(true);
                Errors.attempt(this, () -> {
                    throw new InvalidInputException("error.publication.confidentiality");
                });
                return;
            }
            confidentialityChecked.setInvalid(false);
            confirmPublish.open();
        });

        confirmPublish.setHeader(getTranslation("publication.confirm.header"));
        confirmPublish.setText(getTranslation("publication.confirm.text"));
        confirmPublish.setCancelable(true);
        confirmPublish.setCancelText(getTranslation("publication.confirm.cancel"));
        confirmPublish.setConfirmText(getTranslation("publication.confirm.publish"));
        confirmPublish.addConfirmListener(e -> publish());

        publishForm.add(confidentialityChecked, 2);
        publishForm.add(documentNumber, organisation, topic, genre, validity);
        publishForm.add(new Div());
        publishForm.add(writtenDate, publishDate);
        publishForm.add(indexNote, 2);
        publishForm.add(publish);
        publishForm.setMaxWidth("860px");

        indexNumber.addClassName("index-number");
        publicLink.setText(getTranslation("publication.public-link"));
        publicLink.setRouterIgnore(true);
        publicLink.setTarget("_blank");
        published.setMaxWidth("860px");

        H3 heading = new H3(getTranslation("publication.panel"));
        publicationPanel.add(heading, notReady, publishForm, published);
    }

    private void buildSubmissionPanel() {
        recipient.setLabel(getTranslation("publication.submission.recipient"));
        recipient.setPlaceholder(getTranslation("publication.submission.recipient-placeholder"));
        InputLimit.apply(recipient, 200);
        recipient.setRequiredIndicatorVisible(true);
        submittedOn.setLabel(getTranslation("publication.submission.date"));
        submittedOn.setMax(LocalDate.now());
        submittedOn.setValue(LocalDate.now());
        submittedOn.setRequiredIndicatorVisible(true);
        channel.setLabel(getTranslation("publication.submission.channel"));
        channel.setItems(SuperiorSubmission.Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("publication.channel." + c.name()));
        channel.setValue(SuperiorSubmission.Channel.DOCUMENT_EXCHANGE);
        channel.setRequiredIndicatorVisible(true);
        recordSubmission.setText(getTranslation("publication.submission.record"));
        recordSubmission.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recordSubmission.addClickListener(e -> recordSubmission());
        receiptNumber.setLabel(getTranslation("publication.submission.receipt-number"));
        InputLimit.apply(receiptNumber, 60);
        submissionForm.add(recipient, submittedOn, channel, receiptNumber);
        submissionForm.add(recordSubmission);
        submissionForm.setMaxWidth("860px");

        submissions
                .addColumn(SuperiorSubmission::getRecipient)
                .setHeader(getTranslation("publication.submission.recipient"))
                .setFlexGrow(2);
        submissions
                .addColumn(s -> Formats.date(s.getSubmittedOn()))
                .setHeader(getTranslation("publication.submission.date"))
                .setAutoWidth(true);
        submissions
                .addColumn(s ->
                        getTranslation("publication.channel." + s.getChannel().name()))
                .setHeader(getTranslation("publication.submission.channel"))
                .setAutoWidth(true);
        submissions
                .addColumn(s -> s.getReceiptNumber() == null ? "" : s.getReceiptNumber())
                .setHeader(getTranslation("publication.submission.receipt-number"))
                .setAutoWidth(true);
        submissions
                .addColumn(s -> Formats.dateTime(s.getRecordedAt()))
                .setHeader(getTranslation("publication.submission.recorded-at"))
                .setAutoWidth(true);
        submissions.setAllRowsVisible(true);
        submissions.setEmptyStateText(getTranslation("publication.submission.none"));

        H3 heading = new H3(getTranslation("publication.submission.panel"));
        submissionPanel.add(heading, submissionForm, submissions);
    }

    /** Shows the report's state; the publication form is prefilled only on entry, so typed values survive. */
    private void show(boolean prefill) {
        ReportDocument doc;
        boolean mayPublish;
        boolean maySubmit;
        Optional<Publication> done;
        List<SuperiorSubmission> earlier;
        DisclosureMetadata suggested = null;
        try {
            doc = publication.document(reportId);
            mayPublish = publication.mayPublish(reportId);
            maySubmit = publication.mayRecordSubmission(reportId);
            done = publication.publication(reportId);
            earlier = publication.submissions(reportId);
            if (prefill && mayPublish) {
                suggested = publication.suggestedMetadata(reportId);
            }
        } catch (UserFacingException e) {
            refuse(e);
            return;
        }
        title.setText(getTranslation("publication.heading", doc.title()));
        refusal.setVisible(false);

        publicationPanel.setVisible(true);
        publishForm.setVisible(mayPublish);
        if (suggested != null) {
            prefill(suggested);
        }
        published.setVisible(!mayPublish && done.isPresent());
        done.ifPresent(this::showPublished);
        notReady.setVisible(!mayPublish && done.isEmpty());

        submissionPanel.setVisible(maySubmit || !earlier.isEmpty());
        submissionForm.setVisible(maySubmit);
        submissions.setItems(earlier);
        submissions.setVisible(!earlier.isEmpty());

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

    private void prefill(DisclosureMetadata suggested) {
        confidentialityChecked.setValue(false);
        documentNumber.setValue(suggested.documentNumber() == null ? "" : suggested.documentNumber());
        topic.setValue(suggested.topicCategory());
        genre.setValue(suggested.genreCategory());
        organisation.setValue(suggested.publishingOrganisation() == null ? "" : suggested.publishingOrganisation());
        validity.setValue(suggested.validity());
        writtenDate.setValue(suggested.writtenDate());
        publishDate.setValue(suggested.publishDate());
    }

    private void showPublished(Publication p) {
        indexNumber.setText(p.getIndexNumber());
        publicLink.setHref("/public/reports/" + p.getReportId());
        published.removeAll();
        published.addFormItem(indexNumber, getTranslation("publication.field.index-number"));
        published.addFormItem(text(p.getDocumentNumber()), getTranslation("publication.field.document-number"));
        published.addFormItem(text(p.getTopicCategory()), getTranslation("publication.field.topic"));
        published.addFormItem(text(p.getGenreCategory()), getTranslation("publication.field.genre"));
        published.addFormItem(text(p.getPublishingOrganisation()), getTranslation("publication.field.organisation"));
        published.addFormItem(
                text(p.isWithdrawn() ? getTranslation("publication.validity-withdrawn") : p.getValidity()),
                getTranslation("publication.field.validity"));
        published.addFormItem(text(Formats.date(p.getWrittenDate())), getTranslation("publication.field.written-date"));
        published.addFormItem(text(Formats.date(p.getPublishDate())), getTranslation("publication.field.publish-date"));
        published.addFormItem(
                text(getTranslation(
                        "publication.confidentiality-done",
                        publication.confidentialityCheckerName(p),
                        Formats.dateTime(p.getConfidentialityCheckedAt()))),
                getTranslation("publication.field.confidentiality"));
        published.addFormItem(publicLink, getTranslation("publication.field.public-page"));
        if (p.isWithdrawn()) {
            published.addFormItem(
                    text(getTranslation(
                            "publication.withdrawn", Formats.dateTime(p.getWithdrawnAt()), p.getWithdrawalReason())),
                    getTranslation("publication.field.withdrawn"));
        } else if (publication.mayAmend(p.getReportId())) {
            amend.setHref("reports/" + p.getReportId() + "/correction");
            amend.setText(getTranslation("publication.amend"));
            published.addFormItem(amend, getTranslation("publication.field.amend"));
        }
    }

    private static Component text(String value) {
        return new Span(value == null ? "" : value);
    }

    private void publish() {
        DisclosureMetadata metadata = new DisclosureMetadata(
                documentNumber.getValue(),
                topic.getValue(),
                genre.getValue(),
                organisation.getValue(),
                validity.getValue(),
                writtenDate.getValue(),
                publishDate.getValue());
        String[] issued = new String[1];
        boolean done = Errors.attempt(
                this, () -> issued[0] = publication.publish(reportId, confidentialityChecked.getValue(), metadata));
        if (done) {
            Errors.success(this, "publication.published", issued[0]);
            show(false);
        }
    }

    private void recordSubmission() {
        boolean done = Errors.attempt(
                this,
                () -> publication.recordSubmission(
                        reportId,
                        recipient.getValue(),
                        submittedOn.getValue(),
                        channel.getValue(),
                        receiptNumber.getValue()));
        if (done) {
            Errors.success(this, "publication.submission.recorded");
            recipient.clear();
            receiptNumber.clear();
            submittedOn.clear();
            channel.clear();
            show(false);
        }
    }
}
